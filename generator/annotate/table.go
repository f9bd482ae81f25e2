package annotate

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-archive/sitrep/generator/annotate/figure"
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// tableCounts gives a bare number that fills a table cell the counted noun the table gives
// it: its column's header ("| Country | Troops |" → 150 is count:troop), or, when the header
// is a generic word ("Number", "Total", "Detail") or one of remarks ("Notes"), its row's first
// cell ("| M1 Abrams tanks | 87 |" → count:M1 Abrams tank). Under any other header that
// counts nothing ("Strength", "Arrival") the number stays a number. Words that qualify the
// header rather than name the thing ("Approximate troops", "Number of strikes") are left
// out. The noun is read as the figure parser reads one after a number in running text, so a
// cell gets a noun only when "87 M1 Abrams tanks" would be a count; otherwise the number stays
// a number, as it does in a row's first cell and a header.
func tableCounts(runs []run, found [][]figure.Figure) {
	var cellText map[ast.Node]string // made on the first cell that needs it
	for i, r := range runs {
		cell, ok := r.block.(*east.TableCell)
		if !ok || len(found[i]) != 1 {
			continue
		}
		f := &found[i][0]
		if f.Kind != figure.Number || f.IsRange || f.IsList || strings.TrimSpace(r.text) != f.Text {
			continue
		}
		row, ok := cell.Parent().(*east.TableRow)
		if !ok || row.Parent() == nil {
			continue // a header cell, or a cell outside a table
		}
		col := 0
		for c := row.FirstChild(); c != nil && c != ast.Node(cell); c = c.NextSibling() {
			col++
		}
		if col == 0 {
			continue // the row's label itself
		}
		if cellText == nil {
			cellText = make(map[ast.Node]string, len(runs))
			for _, r := range runs {
				if _, ok := r.block.(*east.TableCell); ok {
					cellText[r.block] = strings.TrimSpace(r.text)
				}
			}
		}
		var header string
		if h, ok := row.Parent().FirstChild().(*east.TableHeader); ok {
			header = cellText[nthChild(h, col)]
		}
		nouns := []string{countedNoun(header)}
		if header == "" || genericHeaders[strings.ToLower(header)] || freeTextHeaders[strings.ToLower(header)] {
			// "| M1 Abrams tanks | 87 |" under "Number"; not under "Strength", where 40 beside
			// "Headquarters" is the headquarters' people, not 40 headquarters.
			nouns = append(nouns, countedNoun(cellText[row.FirstChild()]))
		}
		for _, noun := range nouns {
			if noun == "" {
				continue
			}
			if g, ok := countOf(f, noun); ok {
				f.Kind, f.Unit = g.Kind, g.Unit
				break
			}
		}
	}
}

// genericHeaders are column headers that name no thing (the row's label may).
var genericHeaders = map[string]bool{"number": true, "no.": true, "count": true, "total": true, "totals": true,
	"quantity": true, "qty": true, "amount": true, "figure": true, "figures": true, "value": true,
	"detail": true, "details": true, "item": true}

// freeTextHeaders are column headers of remarks, whose numbers count nothing the header names.
var freeTextHeaders = map[string]bool{"notes": true, "note": true, "remarks": true, "comments": true,
	"description": true, "status": true, "source": true, "sources": true, "references": true, "reference": true}

// headerQualifiers are leading words of a header that qualify the count, not name the thing.
var headerQualifiers = map[string]bool{"approximate": true, "approx.": true, "estimated": true, "est.": true,
	"reported": true, "confirmed": true, "total": true, "number": true, "no.": true, "of": true}

// countedNoun is a header or label without its qualifying words, or "" when it is generic, a
// number or a date.
func countedNoun(s string) string {
	words := strings.Fields(s)
	for len(words) > 0 && headerQualifiers[strings.ToLower(words[0])] {
		words = words[1:]
	}
	if len(words) == 0 {
		return ""
	}
	noun := strings.Join(words, " ")
	if l := strings.ToLower(noun); genericHeaders[l] || freeTextHeaders[l] || strings.IndexFunc(noun, unicode.IsLetter) < 0 {
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(noun); unicode.IsDigit(r) {
		return "" // a year, a date, a designation
	}
	return noun
}

// countOf reads noun after f's text as the figure parser reads running text, and returns the
// count it makes when that is f's number counting the noun. A header's capital ("Troops")
// is tried in lower case first, as a word starting a sentence would not be.
func countOf(f *figure.Figure, noun string) (figure.Figure, bool) {
	try := func(noun string) (figure.Figure, bool) {
		s := f.Text + " " + noun
		gs := figure.Find(s)
		if len(gs) == 0 || gs[0].Start != 0 || gs[0].Kind != figure.Count || gs[0].Value != f.Value || gs[0].End <= len(f.Text) {
			return figure.Figure{}, false
		}
		return gs[0], true
	}
	// the lower-case form first: a header's capital is the table's, not the word's ("Soldiers"
	// counts soldiers, not the capitalised plural "Soldiers" of running text)
	r, size := utf8.DecodeRuneInString(noun)
	if rest, _ := utf8.DecodeRuneInString(noun[size:]); unicode.IsUpper(r) && unicode.IsLower(rest) {
		if g, ok := try(string(unicode.ToLower(r)) + noun[size:]); ok {
			return g, true
		}
	}
	return try(noun)
}

// nthChild returns n's child at index i, or nil.
func nthChild(n ast.Node, i int) ast.Node {
	c := n.FirstChild()
	for ; c != nil && i > 0; i-- {
		c = c.NextSibling()
	}
	return c
}
