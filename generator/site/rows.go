package site

import (
	"strings"
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
	figs := b.Figures()
	rows := make([]FigureRow, len(figs))
	for i, f := range figs {
		r := FigureRow{Text: f.Text, Kind: string(f.Kind), Value: f.Normalised()}
		if c := f.Check; c != nil {
			if c.OK {
				r.Check = "✓ " + c.Message
			} else {
				r.Check, r.Mismatch = "✗ "+c.Message, true
			}
		}
		rows[i] = r
	}
	return rows
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
