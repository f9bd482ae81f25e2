package render

import (
	"sort"
	"strconv"
	"strings"

	"github.com/sitrep-archive/sitrep/generator/site"
)

// SearchIndexVersion is the "v" of the search index; static/js/search.js checks it.
const SearchIndexVersion = 1

// searchIndex encodes the site's search index (layouts/search-index.json prints it). It is
// made to be small: arrays instead of objects, and the names of theatres, operations and
// places stored once, in tables that briefings refer to by index (the most used names get
// the smallest indexes). Dates are numbers (20171017); a briefing's URL is made from its date
// and slug.
//
//	{"v":1,
//	 "t":["Iraq",…], "o":["Inherent Resolve",…], "p":["Raqqa",…],
//	 "b":[[title, 20171017, "slug", "description", [t…], [o…], [p…]], …]}
//
// Trailing empty lists of a briefing are left out.
func searchIndex(s *site.Site) (string, error) {
	tables := func(terms []*site.Term) ([]string, map[*site.Term]int) {
		order := append([]*site.Term(nil), terms...)
		sort.SliceStable(order, func(i, j int) bool { return len(order[i].Briefings) > len(order[j].Briefings) })
		names := make([]string, len(order))
		ids := make(map[*site.Term]int, len(order))
		for i, t := range order {
			names[i], ids[t] = t.Name, i
		}
		return names, ids
	}
	tn, tid := tables(s.Theatres)
	on, oid := tables(s.Operations)
	pn, pid := tables(s.Places)
	refs := func(terms []*site.Term, ids map[*site.Term]int) []int {
		out := make([]int, 0, len(terms))
		for _, t := range terms {
			if i, ok := ids[t]; ok {
				out = append(out, i)
			}
		}
		return out
	}
	rows := make([]searchRow, len(s.Briefings))
	for i, b := range s.Briefings {
		y, m, d := b.Date.Date()
		rows[i] = searchRow{Title: b.Title, Date: y*10000 + int(m)*100 + d, Slug: b.Slug, Description: shorten(b.Description, 160),
			Lists: [3][]int{refs(b.Theatres, tid), refs(b.Operations, oid), refs(b.PlaceTerms, pid)}}
	}
	return string(appendSearchIndex(nil, tn, on, pn, rows)), nil
}

// searchRow is one briefing of the search index: its title, date, slug and description, and
// its theatres, operations and places as indexes into the tables.
type searchRow struct {
	Title       string
	Date        int
	Slug        string
	Description string
	Lists       [3][]int
}

// appendSearchIndex writes the search index by hand, byte for byte as an encoding/json
// Encoder with SetEscapeHTML(false) writes the same value as a map (keys sorted) of the tables
// and rows as arrays, without the trailing newline; a briefing's trailing empty lists are
// left out. It is several times faster than encoding/json, whose reflection over ten
// thousand rows of interfaces took most of the page's time.
func appendSearchIndex(b []byte, theatres, operations, places []string, rows []searchRow) []byte {
	size := 64
	for i := range rows {
		r := &rows[i]
		size += len(r.Title) + len(r.Slug) + len(r.Description) + 40
		for _, l := range r.Lists {
			size += 4 * len(l)
		}
	}
	if cap(b)-len(b) < size {
		b = append(make([]byte, 0, len(b)+size), b...)
	}
	b = append(b, `{"b":[`...)
	for i := range rows {
		r := &rows[i]
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '[')
		b = appendNoHTMLString(b, r.Title)
		b = append(b, ',')
		b = strconv.AppendInt(b, int64(r.Date), 10)
		b = append(b, ',')
		b = appendNoHTMLString(b, r.Slug)
		b = append(b, ',')
		b = appendNoHTMLString(b, r.Description)
		lists := len(r.Lists)
		for lists > 0 && len(r.Lists[lists-1]) == 0 {
			lists--
		}
		for _, l := range r.Lists[:lists] {
			b = append(b, ",["...)
			for k, n := range l {
				if k > 0 {
					b = append(b, ',')
				}
				b = strconv.AppendInt(b, int64(n), 10)
			}
			b = append(b, ']')
		}
		b = append(b, ']')
	}
	b = append(b, `],"o":`...)
	b = appendStringArray(b, operations)
	b = append(b, `,"p":`...)
	b = appendStringArray(b, places)
	b = append(b, `,"t":`...)
	b = appendStringArray(b, theatres)
	b = append(b, `,"v":`...)
	b = strconv.AppendInt(b, SearchIndexVersion, 10)
	return append(b, '}')
}

// appendStringArray writes names as a JSON array of strings (see appendSearchIndex).
func appendStringArray(b []byte, names []string) []byte {
	b = append(b, '[')
	for i, n := range names {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendNoHTMLString(b, n)
	}
	return append(b, ']')
}

// shorten cuts s at a word boundary to at most n bytes.
func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n], ' ')
	if cut < n/2 {
		cut = n
		for cut > 0 && s[cut]&0xC0 == 0x80 { // not inside a UTF-8 sequence
			cut--
		}
	}
	return s[:cut] + "…"
}
