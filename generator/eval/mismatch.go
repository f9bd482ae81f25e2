package eval

import (
	"fmt"
	"strconv"
	"unicode/utf8"

	"github.com/sitrep-archive/sitrep/generator/annotate/place"
)

// Kinds of Mismatch.
const (
	FigureMissed   = "figure-missed"   // a gold figure no prediction overlaps
	FigureSpurious = "figure-spurious" // a prediction no gold figure overlaps
	FigureValue    = "figure-value"    // a matched figure whose value or unit disagrees
	FigureSpan     = "figure-span"     // a figure matched by overlap only, its value and unit right
	PlaceMissed    = "place-missed"    // a gold toponym (of a type scored for recognition) no mention overlaps
	PlaceSpurious  = "place-spurious"  // a mention no gold toponym overlaps
	PlaceResolved  = "place-resolved"  // a gold toponym resolved to the wrong country or more than 161 km away, or not at all
)

// Mismatch is one disagreement between the extractors and the gold labels, as `sitrep eval
// --errors` lists them, with the rules of the scores (see FigureScores and ScorePlaces).
type Mismatch struct {
	Row     int    `json:"row"`  // index of the row in the file, from 0
	ID      string `json:"id"`   // the row's id
	Kind    string `json:"kind"` // FigureMissed, FigureSpurious, ...
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Text    string `json:"text"`    // the span
	Context string `json:"context"` // up to 40 bytes either side, the span in [[ ]]
	Want    string `json:"want,omitempty"`
	Got     string `json:"got,omitempty"`
}

// contextRadius is how many bytes of text a Mismatch shows on each side of its span.
const contextRadius = 40

func newMismatch(rows []Row, ri int, kind string, start, end int) Mismatch {
	text := rows[ri].Text
	lo, hi := max(0, start-contextRadius), min(len(text), end+contextRadius)
	for lo > 0 && !utf8.RuneStart(text[lo]) {
		lo--
	}
	for hi < len(text) && !utf8.RuneStart(text[hi]) {
		hi++
	}
	return Mismatch{Row: ri, ID: rows[ri].ID, Kind: kind, Start: start, End: end, Text: text[start:end],
		Context: text[lo:start] + "[[" + text[start:end] + "]]" + text[end:hi]}
}

// figureMismatches turns the scorer's unmatched and disagreeing figures into mismatches.
func figureMismatches(rows []Row, ms []FigureMatch) []Mismatch {
	out := make([]Mismatch, 0, len(ms))
	for _, fm := range ms {
		switch {
		case fm.Gold == nil:
			mm := newMismatch(rows, fm.Row, FigureSpurious, fm.Start, fm.End)
			mm.Got = fm.Pred.Normalised()
			out = append(out, mm)
		case fm.Pred == nil:
			mm := newMismatch(rows, fm.Row, FigureMissed, fm.Start, fm.End)
			mm.Want = goldFigureString(fm.Gold)
			out = append(out, mm)
		case fm.SpanOnly:
			mm := newMismatch(rows, fm.Row, FigureSpan, fm.Start, fm.End)
			mm.Want = goldFigureString(fm.Gold)
			mm.Got = strconv.Quote(rows[fm.Row].Text[fm.PredStart:fm.PredEnd]) + " " + fm.Pred.Normalised()
			out = append(out, mm)
		default:
			mm := newMismatch(rows, fm.Row, FigureValue, fm.Start, fm.End)
			mm.Want, mm.Got = goldFigureString(fm.Gold), fm.Pred.Normalised()
			if !fm.Strict {
				mm.Got = strconv.Quote(rows[fm.Row].Text[fm.PredStart:fm.PredEnd]) + " " + mm.Got
			}
			out = append(out, mm)
		}
	}
	return out
}

func goldFigureString(g *GoldFigure) string {
	v := "?"
	switch {
	case g.Value != nil:
		v = fmtFloat(*g.Value)
	case g.Min != nil && g.Max != nil:
		v = fmtFloat(*g.Min) + "-" + fmtFloat(*g.Max)
	}
	if g.Unit != nil && *g.Unit != "" {
		v += " " + *g.Unit
	}
	return v
}

func fmtFloat(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }

func goldPlaceString(g GoldPlace) string {
	s := g.Name
	if g.Country != nil && *g.Country != "" {
		s += " " + *g.Country
	}
	if g.Lat != nil && g.Lon != nil {
		s += fmt.Sprintf(" (%.2f,%.2f)", *g.Lat, *g.Lon)
	}
	return s
}

func placeString(p place.Place) string {
	s := p.Name
	if p.Country != "" {
		s += " " + p.Country
	}
	if p.HasCoords {
		s += fmt.Sprintf(" (%.2f,%.2f)", p.Lat, p.Lon)
	}
	return s
}
