package site

import (
	"sort"
	"time"

	"github.com/sitrep-archive/sitrep/generator/annotate"
)

// Series is one kind of figure followed over time: every figure in one canonical unit.
type Series struct {
	Unit   string  // canonical unit ("percent", "km2", "count:strike", "day")
	Label  string  // for headings: "percent", "km²", "strikes", "day of the operation"
	Points []Point // oldest first
}

// Point is one figure of a series.
type Point struct {
	Date     time.Time
	Value    float64
	Figure   *annotate.Figure // in Briefing.Figures
	Briefing *Briefing
}

// TimelineSeries is how many series a timeline keeps: those with the most points.
const TimelineSeries = 3

// Timeline returns the figures attached to a place or an operation across its briefings,
// oldest first, grouped by unit: for a place, the figures that stand in the same block
// (paragraph, list item, table cell) as a mention of it; for an operation, the figures of
// its briefings. It is computed when asked for (a layout calls it on the first page of a
// term), in time linear in the figures of the term's briefings.
func (t *Term) Timeline() []Series {
	if t.Kind != "place" && t.Kind != "operation" {
		return nil
	}
	byUnit := map[string]*Series{}
	var order []*Series
	type fact struct {
		unit  string
		value float64
	}
	// seen are the facts of the current briefing: a figure repeated is one point. A
	// briefing has a few dozen figures, which a list compares faster than a map hashes.
	var seen []fact
	add := func(b *Briefing, f *annotate.Figure) {
		if !chartable(f.Kind) || f.Restates >= 0 || f.IsRange {
			return
		}
		for _, x := range seen {
			if x.value == f.Value && x.unit == f.Unit {
				return
			}
		}
		seen = append(seen, fact{f.Unit, f.Value})
		s := byUnit[f.Unit]
		if s == nil {
			s = &Series{Unit: f.Unit, Label: unitLabel(f.Unit)}
			byUnit[f.Unit] = s
			order = append(order, s)
		}
		s.Points = append(s.Points, Point{Date: b.Date, Value: f.Value, Figure: f, Briefing: b})
	}
	for i := len(t.Briefings) - 1; i >= 0; i-- { // oldest first
		b := t.Briefings[i]
		seen = seen[:0]
		if t.Kind == "operation" {
			for k := range b.Figures {
				add(b, &b.Figures[k])
			}
			continue
		}
		var segs []int
		for k, pt := range b.PlaceTerms {
			if pt == t {
				segs = b.Places[k].Segments
				break
			}
		}
		for k := range b.Figures {
			if containsInt(segs, b.Figures[k].Segment) {
				add(b, &b.Figures[k])
			}
		}
	}
	sort.SliceStable(order, func(i, j int) bool { return len(order[i].Points) > len(order[j].Points) })
	if len(order) > TimelineSeries {
		order = order[:TimelineSeries]
	}
	out := make([]Series, len(order))
	for i, s := range order {
		out[i] = *s
	}
	return out
}

// containsInt reports whether the ascending list holds v.
func containsInt(list []int, v int) bool {
	i := sort.SearchInts(list, v)
	return i < len(list) && list[i] == v
}

// Latest returns the last n points of the series, newest first (for tables).
func (s Series) Latest(n int) []Point {
	out := make([]Point, 0, min(n, len(s.Points)))
	for i := len(s.Points) - 1; i >= 0 && len(out) < n; i-- {
		out = append(out, s.Points[i])
	}
	return out
}

var unitLabels = map[string]string{
	"percent": "percent", "km2": "km²", "mi2": "sq mi", "km": "km", "mi": "miles", "m": "metres",
	"USD": "US dollars", "day": "day of the operation", "hour": "hours",
}

func unitLabel(unit string) string {
	if l, ok := unitLabels[unit]; ok {
		return l
	}
	if len(unit) > 6 && unit[:6] == "count:" {
		return unit[6:] + "s"
	}
	return unit
}
