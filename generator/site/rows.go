package site

import (
	"strconv"
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
// unpacking one figure at a time (FigureRows without the list).
func (b *Briefing) EachFigureRow(fn func(r FigureRow)) {
	var buf [64]byte
	b.EachFigureRowView(func(v FigureRowView) {
		r := FigureRow{Text: v.Text, Kind: v.Kind, Value: string(v.AppendValue(buf[:0])), Mismatch: v.Mismatch}
		if v.CheckMark != "" {
			r.Check = v.CheckMark + v.CheckMessage
		}
		fn(r)
	})
}

// FigureRowView is a FigureRow made without allocating, for code that writes the table
// itself: Text, Kind and CheckMessage share the packed figures' bytes (which are never
// changed), the check's mark and message come apart, and the value is written on request
// (AppendValue). A view is valid only during the call that gets it: AppendValue reads the
// unpacked figure, which the next figure overwrites.
type FigureRowView struct {
	Text         string // as written
	Kind         string
	CheckMark    string // "✓ " or "✗ " for a restated figure, else ""
	CheckMessage string // FigureRow.Check is CheckMark followed by CheckMessage
	Mismatch     bool
	fig          *annotate.Figure
}

// AppendValue appends the figure's normalised value (FigureRow.Value) to dst.
func (v FigureRowView) AppendValue(dst []byte) []byte { return appendNormalised(dst, v.fig) }

// EachFigureRowView calls fn with a view of the row of each of the briefing's figures, in
// text order. The view must not be kept after fn returns (FigureRowView).
func (b *Briefing) EachFigureRowView(fn func(v FigureRowView)) {
	b.figures.Each(func(_ int, f *annotate.Figure) {
		v := FigureRowView{Text: f.Text, Kind: string(f.Kind), fig: f}
		if c := f.Check; c != nil {
			v.CheckMessage = c.Message
			if c.OK {
				v.CheckMark = "✓ "
			} else {
				v.CheckMark, v.Mismatch = "✗ ", true
			}
		}
		fn(v)
	})
}

// appendNormalised appends f.Normalised() to dst: the qualifier ("about", "more-than"; none
// for "between"), the value, the ends of a range ("10-15") or the values of a list
// ("2,3,5"), as strconv formats them with 'f' and the fewest digits, then the unit and its
// rate ("km", "count:strike", "shell/day"). A test holds the two to the same bytes.
func appendNormalised(dst []byte, f *annotate.Figure) []byte {
	if f.Qualifier != "" && f.Qualifier != "between" {
		dst = append(append(dst, f.Qualifier...), ' ')
	}
	switch {
	case f.IsList:
		for k, p := range f.Parts {
			if k > 0 {
				dst = append(dst, ',')
			}
			dst = appendNumber(dst, p.Value)
		}
	case f.IsRange:
		dst = append(appendNumber(dst, f.Min), '-')
		dst = appendNumber(dst, f.Max)
	default:
		dst = appendNumber(dst, f.Value)
	}
	if f.Unit != "" {
		dst = append(append(dst, ' '), f.Unit...)
		if f.Per != "" {
			dst = append(append(dst, '/'), f.Per...)
		}
	}
	return dst
}

// appendNumber appends v as a normalised value writes it.
func appendNumber(dst []byte, v float64) []byte { return strconv.AppendFloat(dst, v, 'f', -1, 64) }

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
