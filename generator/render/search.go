package render

import (
	"bytes"
	"encoding/json"
	"sort"
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
	rows := make([][]any, len(s.Briefings))
	for i, b := range s.Briefings {
		y, m, d := b.Date.Date()
		row := []any{b.Title, y*10000 + int(m)*100 + d, b.Slug, shorten(b.Description, 160),
			refs(b.Theatres, tid), refs(b.Operations, oid), refs(b.PlaceTerms, pid)}
		for len(row) > 4 && len(row[len(row)-1].([]int)) == 0 {
			row = row[:len(row)-1]
		}
		rows[i] = row
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	err := enc.Encode(map[string]any{"v": SearchIndexVersion, "t": tn, "o": on, "p": pn, "b": rows})
	return strings.TrimSuffix(buf.String(), "\n"), err
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
