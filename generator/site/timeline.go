package site

import (
	"slices"
	"sort"
	"strings"
	"sync"
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
	var g unitGroups
	t.eachPoint(func(_ *Briefing, f *ChartFigure, numbered bool) {
		g.count(f, numbered)
	})
	order := make([]int, len(g.units)) // indexes in g.units, most points first
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return g.units[order[i]].n > g.units[order[j]].n })
	if len(order) > TimelineSeries {
		order = order[:TimelineSeries]
	}
	out := make([]Series, len(order))
	series := make([]int, len(g.units)) // index in g.units → index in out + 1 (0: not kept)
	for i, u := range order {
		out[i] = Series{Unit: g.units[u].unit, Label: unitLabel(g.units[u].unit), Points: make([]Point, 0, g.units[u].n)}
		series[u] = i + 1
	}
	t.eachPoint(func(b *Briefing, f *ChartFigure, numbered bool) {
		if k := series[g.index(f, numbered)]; k > 0 {
			out[k-1].Points = append(out[k-1].Points, Point{Date: b.Date, Value: f.Value, Figure: f, Briefing: b})
		}
	})
	return out
}

// unitGroups are the units of a timeline's points, in order of first appearance (as ties
// keep it), and how many points each has.
type unitGroups struct {
	units []unitCount
	// byNumber gives, for a unit's number in the model's chartUnits, its index in units + 1
	// (0: not seen yet).
	byNumber []int32
}

type unitCount struct {
	unit string
	n    int
}

// count adds a point of f's unit; numbered says f.unitNumber is of the term's chartUnits.
func (g *unitGroups) count(f *ChartFigure, numbered bool) {
	g.units[g.index(f, numbered)].n++
}

// index returns the index of f's unit in g.units, adding it (with no points) if it is new.
// A figure whose unit is numbered in the term's model is found by number; another by
// comparing units, of which a term has few.
func (g *unitGroups) index(f *ChartFigure, numbered bool) int {
	if numbered {
		if int(f.unitNumber) < len(g.byNumber) {
			if k := g.byNumber[f.unitNumber]; k > 0 {
				return int(k - 1)
			}
		} else {
			g.byNumber = append(g.byNumber, make([]int32, int(f.unitNumber)+1-len(g.byNumber))...)
		}
	}
	k := slices.IndexFunc(g.units, func(u unitCount) bool { return u.unit == f.Unit })
	if k < 0 {
		k = len(g.units)
		g.units = append(g.units, unitCount{unit: f.Unit})
	}
	if numbered {
		g.byNumber[f.unitNumber] = int32(k + 1)
	}
	return k
}

// chartUnits numbers the units of the chart figures of a model's briefings (Figures.charts),
// so that a timeline groups its points by a number instead of comparing units, whose bytes
// lie in each briefing's packed figures, far apart in memory. It belongs to one model and is
// safe for concurrent use.
type chartUnits struct {
	mu      sync.Mutex
	numbers map[string]int32
}

// number returns the number of unit, giving it the next one if it has none.
func (u *chartUnits) number(unit string) int32 {
	u.mu.Lock()
	defer u.mu.Unlock()
	n, ok := u.numbers[unit]
	if !ok {
		if u.numbers == nil {
			u.numbers = map[string]int32{}
		}
		n = int32(len(u.numbers))
		u.numbers[unit] = n
	}
	return n
}

// chartFact is a figure's unit and value: a briefing's figures with the same are one point.
type chartFact struct {
	unit  string
	value float64
}

// eachPoint calls add, oldest briefing first, for every figure of the term's timeline: a
// chartable figure that restates nothing and is not a range (Figures keeps them as
// ChartFigures), once per briefing for each unit and value. numbered says whether the
// figure's unit was numbered by the term's chartUnits.
func (t *Term) eachPoint(add func(b *Briefing, f *ChartFigure, numbered bool)) {
	// seen are the facts of the current briefing: a figure repeated is one point. A
	// briefing has a few dozen figures, which a list compares faster than a map hashes.
	// Only a figure marked as a repeat (an earlier figure of the briefing has its unit and
	// value) can match one seen before, so the others are not compared.
	var seen []chartFact
	for i := len(t.Briefings) - 1; i >= 0; i-- { // oldest first
		b := t.Briefings[i]
		seen = seen[:0]
		var chart []ChartFigure
		numbered := false
		if b.figures != nil {
			chart = b.figures.charts(t.chartUnits)
			numbered = t.chartUnits != nil && b.figures.chartUnits == t.chartUnits
		}
		if t.Kind == "operation" { // every figure: the repeats are known already
			for k := range chart {
				if !chart[k].repeat {
					add(b, &chart[k], numbered)
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
			k := sort.Search(len(figs), func(j int) bool { return figs[j].Segment >= seg })
			for ; k < len(figs) && figs[k].Segment == seg; k++ {
				f := &figs[k]
				if f.repeat && slices.Contains(seen, chartFact{f.Unit, f.Value}) {
					continue
				}
				seen = append(seen, chartFact{f.Unit, f.Value})
				add(b, f, numbered)
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
	if i := strings.LastIndexByte(unit, '/'); i > 0 && perWord(unit[i+1:]) {
		// a rate: "l/day" is litres per day; or an amount per item or per area:
		// "count:mine/km2" is mines per km², "USD/aircraft" US dollars per aircraft (a
		// counted noun's own slash is followed by other than one word in lower case:
		// "count:F/A-18E/F Super Hornet")
		per := unit[i+1:]
		if l, ok := unitLabels[per]; ok && !ratePeriods[per] {
			per = l
		}
		return unitLabel(unit[:i]) + " per " + per
	}
	if l, ok := unitLabels[unit]; ok {
		return l
	}
	if len(unit) > 6 && unit[:6] == "count:" {
		return unit[6:] + "s"
	}
	return unit
}

// perWord reports whether w can be what a figure is per (chartUnit): one word of lower-case
// letters and digits ("day", "aircraft", "km2").
func perWord(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
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
