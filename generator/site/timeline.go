package site

import (
	"sort"
	"strings"
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
	Figure   *ChartFigure
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
	// Two passes over the same points: the first counts each unit's points, the second
	// collects the points of the units kept, into slices of their final size.
	type count struct {
		unit string
		n    int
	}
	// A term's figures come in a few units, which a list finds faster than a map hashes.
	var counts []count // in order of first appearance, as ties keep it
	t.eachPoint(func(b *Briefing, f *ChartFigure) {
		for k := range counts {
			if counts[k].unit == f.Unit {
				counts[k].n++
				return
			}
		}
		counts = append(counts, count{unit: f.Unit, n: 1})
	})
	sort.SliceStable(counts, func(i, j int) bool { return counts[i].n > counts[j].n })
	if len(counts) > TimelineSeries {
		counts = counts[:TimelineSeries]
	}
	out := make([]Series, len(counts))
	for i, c := range counts {
		out[i] = Series{Unit: c.unit, Label: unitLabel(c.unit), Points: make([]Point, 0, c.n)}
	}
	t.eachPoint(func(b *Briefing, f *ChartFigure) {
		for i := range out {
			if out[i].Unit == f.Unit {
				out[i].Points = append(out[i].Points, Point{Date: b.Date, Value: f.Value, Figure: f, Briefing: b})
				return
			}
		}
	})
	return out
}

// eachPoint calls add, oldest briefing first, for every figure of the term's timeline: a
// chartable figure that restates nothing and is not a range (Figures keeps them as
// ChartFigures), once per briefing for each unit and value.
func (t *Term) eachPoint(add func(b *Briefing, f *ChartFigure)) {
	type fact struct {
		unit  string
		value float64
	}
	// seen are the facts of the current briefing: a figure repeated is one point. A
	// briefing has a few dozen figures, which a list compares faster than a map hashes.
	// Only a figure marked as a repeat (an earlier figure of the briefing has its unit and
	// value) can match one seen before, so the others are not compared.
	var seen []fact
	try := func(b *Briefing, f *ChartFigure) {
		if f.repeat {
			for _, x := range seen {
				if x.value == f.Value && x.unit == f.Unit {
					return
				}
			}
		}
		seen = append(seen, fact{f.Unit, f.Value})
		add(b, f)
	}
	for i := len(t.Briefings) - 1; i >= 0; i-- { // oldest first
		b := t.Briefings[i]
		seen = seen[:0]
		var chart []ChartFigure
		if b.figures != nil {
			chart = b.figures.charts()
		}
		if t.Kind == "operation" { // every figure: the repeats are known already
			for k := range chart {
				if !chart[k].repeat {
					add(b, &chart[k])
				}
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
		// Figures are in the order of the text, so those of each block are found by search.
		figs := chart
		for _, seg := range segs {
			k := sort.Search(len(figs), func(i int) bool { return figs[i].Segment >= seg })
			for ; k < len(figs) && figs[k].Segment == seg; k++ {
				try(b, &figs[k])
			}
			figs = figs[k:]
		}
	}
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
	if i := strings.LastIndexByte(unit, '/'); i > 0 && ratePeriods[unit[i+1:]] {
		return unitLabel(unit[:i]) + " per " + unit[i+1:] // a rate: "l/day" is litres per day
	}
	if l, ok := unitLabels[unit]; ok {
		return l
	}
	if len(unit) > 6 && unit[:6] == "count:" {
		return unit[6:] + "s"
	}
	return unit
}

// ratePeriods are the units of time a rate is given per (annotate/figure's Per).
var ratePeriods = map[string]bool{"second": true, "minute": true, "hour": true, "day": true, "week": true, "month": true, "year": true}

// chartUnit is the unit a timeline groups a figure by: a rate's unit with its unit of time
// ("l/day"), so litres and litres a day are two series.
func chartUnit(f *annotate.Figure) string {
	if f.Per == "" {
		return f.Unit
	}
	return f.Unit + "/" + f.Per
}
