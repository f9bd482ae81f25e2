package site

import (
	"strings"

	"github.com/sitrep-archive/sitrep/generator/annotate"
)

// FigureRow is one line of a briefing's figures table, ready to print.
type FigureRow struct {
	Text     string // as written
	Kind     string
	Value    string // normalised
	Check    string // "✓ …" or "✗ …" for a restated figure, else ""
	Mismatch bool
}

// FigureRows lists the briefing's figures as table rows, in text order. Layouts print them
// with a handful of actions a row; the default briefing layout's "Figures" table uses it.
func (b *Briefing) FigureRows() []FigureRow {
	rows := make([]FigureRow, 0, b.FigureCount())
	b.EachFigureRow(func(r FigureRow) { rows = append(rows, r) })
	return rows
}

// EachFigureRow calls fn with the row of each of the briefing's figures, in text order,
// unpacking one figure at a time (FigureRows without the list, for code that writes the
// table itself).
func (b *Briefing) EachFigureRow(fn func(r FigureRow)) {
	b.figures.Each(func(_ int, f *annotate.Figure) {
		r := FigureRow{Text: f.Text, Kind: string(f.Kind), Value: f.Normalised()}
		if c := f.Check; c != nil {
			if c.OK {
				r.Check = "✓ " + c.Message
			} else {
				r.Check, r.Mismatch = "✗ "+c.Message, true
			}
		}
		fn(r)
	})
}

// PlaceRow is one line of a briefing's places list.
type PlaceRow struct {
	Name    string
	URL     string // the place's page, "" when it has none
	Country string
	Count   int // mentions in the briefing
}

// PlaceRows lists the briefing's places in order of first mention.
func (b *Briefing) PlaceRows() []PlaceRow {
	rows := make([]PlaceRow, len(b.Places))
	for i, p := range b.Places {
		r := PlaceRow{Name: p.Name, Country: strings.ToUpper(p.Country), Count: p.Count}
		if i < len(b.PlaceTerms) && b.PlaceTerms[i] != nil {
			r.URL = b.PlaceTerms[i].URL
			r.Name = b.PlaceTerms[i].Name
		}
		rows[i] = r
	}
	return rows
}
