package site

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math"
	"math/bits"
	"slices"
	"sync"
	"unsafe"

	"github.com/sitrep-archive/sitrep/generator/annotate"
	"github.com/sitrep-archive/sitrep/generator/annotate/figure"
	"github.com/sitrep-archive/sitrep/generator/internal/wire"
)

// Figures are a briefing's figures in the form the model keeps them: every field of every
// figure packed into one byte slice (about a fifth of the size of the structs, and nothing
// for the garbage collector to scan), with what list pages and timelines need kept unpacked
// beside it. A briefing page or annotations.json unpacks them when it is rendered
// (Briefing.Figures).
type Figures struct {
	data  []byte
	count int
	key   []annotate.Figure
	// chart is made from data when a timeline first asks for it (charts): a build renders
	// few timelines after an edit, and a full build only once the model is made.
	chartOnce sync.Once
	chart     []ChartFigure
	// chartUnits numbered the units of chart (nil: they are not numbered).
	chartUnits *chartUnits
}

// ChartFigure is what a timeline keeps of a figure: enough to plot it and to name it.
type ChartFigure struct {
	Text    string // as written
	Kind    figure.Kind
	Unit    string
	Value   float64
	Segment int  // the block the figure stands in (annotate.Figure.Segment)
	repeat  bool // an earlier chart figure of the briefing has the same unit and value
	// unitNumber is the number of Unit in the chartUnits that made the figure
	// (Figures.chartUnits).
	unitNumber int32
}

// keyFigureCount is how many figures a list shows beside a briefing's title.
const keyFigureCount = 3

// NewFigures packs figs.
func NewFigures(figs []annotate.Figure) *Figures {
	if len(figs) == 0 {
		return &Figures{}
	}
	size := binary.MaxVarintLen64
	for i := range figs {
		size += 64 + len(figs[i].Text) + len(figs[i].Unit)
	}
	charts := 0
	for i := range figs {
		if charted(&figs[i]) {
			charts++
		}
	}
	data := binary.AppendUvarint(make([]byte, 0, size), uint64(len(figs)))
	data = binary.AppendUvarint(data, uint64(charts))
	for i := range figs {
		data = appendFigure(data, &figs[i])
	}
	// An exact-size copy (the model keeps it), and what lists and timelines keep is taken from
	// it, so that their strings share its bytes instead of keeping the figures' own alive.
	f, err := summarise(bytes.Clone(data), false)
	if err != nil {
		panic("site: packed figures do not unpack: " + err.Error())
	}
	return f
}

// DecodeFigures unpacks figures packed by NewFigures (from Figures.Data), checking all of
// them.
func DecodeFigures(data []byte) (*Figures, error) {
	return summarise(data, true)
}

// TrustedFigures is DecodeFigures for data whose integrity the caller has checked (a
// checksum kept with it): it reads only the first few figures, for the lists, and the rest
// when a timeline asks for them.
func TrustedFigures(data []byte) (*Figures, error) {
	return summarise(data, false)
}

// summarise keeps, beside the packed figures, the key figures lists show; with check it
// reads every figure, else only as far as the key figures.
func summarise(data []byte, check bool) (*Figures, error) {
	if len(data) == 0 {
		return &Figures{}, nil
	}
	f := &Figures{data: data}
	f.count, _ = packedCounts(data)
	var key [keyFigureCount]annotate.Figure
	keys := 0
	_, err := unpackEach(data, func(_ int, g *annotate.Figure) bool {
		if keys < keyFigureCount && chartable(g.Kind) && g.Restates < 0 {
			key[keys] = *g
			keys++
		}
		return check || keys < keyFigureCount
	})
	if err != nil {
		return nil, err
	}
	if keys > 0 {
		f.key = slices.Clone(key[:keys])
	}
	return f, nil
}

// charts returns the figures a timeline can show, made from the packed figures on first use,
// their units numbered by units (when not nil) on that first use.
func (f *Figures) charts(units *chartUnits) []ChartFigure {
	if f == nil || f.count == 0 {
		return nil
	}
	f.chartOnce.Do(func() {
		_, charts := packedCounts(f.data)
		if charts == 0 {
			return
		}
		f.chart = make([]ChartFigure, 0, charts)
		f.Each(func(_ int, g *annotate.Figure) {
			if charted(g) && len(f.chart) < cap(f.chart) {
				c := ChartFigure{Text: g.Text, Kind: g.Kind, Unit: chartUnit(g), Value: g.Value, Segment: g.Segment, unitNumber: -1}
				for _, e := range f.chart {
					if c.unitNumber < 0 && e.Unit == c.Unit {
						c.unitNumber = e.unitNumber
					}
					c.repeat = c.repeat || e.Value == c.Value && e.Unit == c.Unit
				}
				if c.unitNumber < 0 && units != nil {
					c.unitNumber = units.number(c.Unit)
				}
				f.chart = append(f.chart, c)
			}
		})
		if units != nil {
			f.chartUnits = units
		}
	})
	return f.chart
}

// charted tells whether a timeline can show f: a chartable quantity stated once, not a range.
func charted(f *annotate.Figure) bool {
	return chartable(f.Kind) && f.Restates < 0 && !f.IsRange
}

// Data is the packed form, for a build cache (DecodeFigures reads it back). The same figures
// give the same slice, so its address also tells whether two models share them.
func (f *Figures) Data() []byte {
	if f == nil {
		return nil
	}
	return f.data
}

// Count is the number of figures.
func (f *Figures) Count() int {
	if f == nil {
		return 0
	}
	return f.count
}

// All unpacks every figure, in text order.
func (f *Figures) All() []annotate.Figure {
	if f == nil || f.count == 0 {
		return nil
	}
	figs, err := unpack(f.data)
	if err != nil { // the bytes were packed by NewFigures or checked by DecodeFigures
		panic("site: packed figures: " + err.Error())
	}
	return figs
}

const (
	flagRange = 1 << iota
	flagList
	flagCheck
	flagCheckOK
)

func appendFigure(b []byte, f *annotate.Figure) []byte {
	var flags byte
	if f.IsRange {
		flags |= flagRange
	}
	if f.IsList {
		flags |= flagList
	}
	if f.Check != nil {
		flags |= flagCheck
		if f.Check.OK {
			flags |= flagCheckOK
		}
	}
	b = append(b, flags)
	for _, n := range [...]int{f.Start, f.End, f.Restates, f.NumStart, f.NumEnd, f.CoreStart, f.CoreEnd, f.Line, f.Segment} {
		b = binary.AppendVarint(b, int64(n))
	}
	for _, s := range [...]string{f.Text, string(f.Kind), f.Unit, f.Per, f.Qualifier, f.SIUnit} {
		b = wire.AppendString(b, s)
	}
	b = appendFloat(b, f.Value)
	b = appendFloat(b, f.SI)
	b = appendFloat(b, f.Min)
	b = appendFloat(b, f.Max)
	if c := f.Check; c != nil {
		b = appendFloat(b, c.Expected)
		b = appendFloat(b, c.Stated)
		b = wire.AppendString(b, c.Unit)
		b = wire.AppendString(b, c.Message)
	}
	b = binary.AppendUvarint(b, uint64(len(f.Parts)))
	for _, p := range f.Parts {
		b = binary.AppendVarint(b, int64(p.Start))
		b = binary.AppendVarint(b, int64(p.End))
		b = appendFloat(b, p.Value)
	}
	return b
}

// appendFloat writes the bits of v with their bytes reversed, as a varint: the low bytes of
// the mantissa of the numbers briefings state (1083, 2.5, 80) are zero, so most take 2 to 4
// bytes instead of 8.
func appendFloat(b []byte, v float64) []byte {
	return binary.AppendUvarint(b, bits.ReverseBytes64(math.Float64bits(v)))
}

var errPacked = errors.New("truncated or corrupt figure data")

// reader reads packed figures (wire.Reader, whose strings share the packed bytes: packed
// data is never changed); the first error sticks.
type reader struct{ wire.Reader }

func newReader(data []byte) *reader {
	return &reader{wire.NewReader(unsafe.String(unsafe.SliceData(data), len(data)))}
}

func (r *reader) int() int { return int(r.Varint()) }

// float reads a float written by appendFloat.
func (r *reader) float() float64 {
	return math.Float64frombits(bits.ReverseBytes64(r.Uvarint()))
}

func unpack(data []byte) ([]annotate.Figure, error) {
	var figs []annotate.Figure
	_, err := unpackEach(data, func(i int, f *annotate.Figure) bool {
		if figs == nil {
			figs = make([]annotate.Figure, 0, countOf(data))
		}
		figs = append(figs, *f)
		return true
	})
	if err != nil {
		return nil, err
	}
	return figs, nil
}

// countOf is the number of figures packed data says it holds.
func countOf(data []byte) int {
	n, _ := packedCounts(data)
	return n
}

// packedCounts returns the numbers of figures and of charted figures that packed data says
// it holds (0 when it does not read).
func packedCounts(data []byte) (figures, charts int) {
	r := newReader(data)
	n, c := r.Uvarint(), r.Uvarint()
	if r.Err() != nil || n > uint64(len(data)) || c > n {
		return 0, 0
	}
	return int(n), int(c)
}

// unpackEach calls fn with each packed figure in turn, until fn returns false, and returns
// how many there are. The figure fn gets is overwritten by the next one: fn copies what it
// keeps. Each figure has its own Check and Parts, so that a copy of the figure may keep them.
func unpackEach(data []byte, fn func(i int, f *annotate.Figure) bool) (int, error) {
	return unpackFigures(data, false, fn)
}

// unpackFigures is unpackEach; with reuse, the Check and Parts of the figure fn gets are
// overwritten by the next figure's too (fn copies them if it keeps them), which saves
// allocating them for every figure.
func unpackFigures(data []byte, reuse bool, fn func(i int, f *annotate.Figure) bool) (int, error) {
	r := newReader(data)
	n := r.Uvarint()
	if c := r.Uvarint(); n > uint64(len(data)) || c > n { // every figure takes more than a byte
		return 0, errPacked
	}
	var (
		f     annotate.Figure
		check figure.Check  // with reuse, every figure's Check
		parts []figure.Part // with reuse, every figure's Parts
	)
	for i := 0; i < int(n); i++ {
		f = annotate.Figure{}
		flags := r.Byte()
		for _, p := range [...]*int{&f.Start, &f.End, &f.Restates, &f.NumStart, &f.NumEnd, &f.CoreStart, &f.CoreEnd, &f.Line, &f.Segment} {
			*p = r.int()
		}
		f.Text = r.Str()
		f.Kind = figure.Kind(r.Str())
		f.Unit = r.Str()
		f.Per = r.Str()
		f.Qualifier = r.Str()
		f.SIUnit = r.Str()
		f.Value = r.float()
		f.SI = r.float()
		f.Min = r.float()
		f.Max = r.float()
		f.IsRange = flags&flagRange != 0
		f.IsList = flags&flagList != 0
		if flags&flagCheck != 0 {
			if reuse {
				f.Check = &check
			} else {
				f.Check = new(figure.Check)
			}
			*f.Check = figure.Check{OK: flags&flagCheckOK != 0, Expected: r.float(), Stated: r.float(), Unit: r.Str(), Message: r.Str()}
		}
		if np := r.Uvarint(); np > 0 {
			if np > uint64(r.Len()) {
				return 0, errPacked
			}
			if reuse {
				parts = slices.Grow(parts[:0], int(np))[:np]
				f.Parts = parts
			} else {
				f.Parts = make([]figure.Part, np)
			}
			for k := range f.Parts {
				f.Parts[k] = figure.Part{Start: r.int(), End: r.int(), Value: r.float()}
			}
		}
		if r.Err() != nil {
			return 0, errPacked
		}
		if !fn(i, &f) {
			return int(n), nil
		}
	}
	if r.Len() != 0 {
		return 0, errPacked
	}
	return int(n), nil
}

// Each calls fn with each figure in text order. The figure fn gets, its Check and its Parts
// included, is overwritten by the next one: fn copies what it keeps. Its strings share the
// packed bytes, which are never changed. It unpacks no more than one figure at a time, and
// allocates for a figure only when its Parts outnumber every earlier figure's.
func (f *Figures) Each(fn func(i int, g *annotate.Figure)) {
	if f == nil || f.count == 0 {
		return
	}
	each := func(i int, g *annotate.Figure) bool { fn(i, g); return true }
	if _, err := unpackFigures(f.data, true, each); err != nil { // checked when packed or decoded
		panic("site: packed figures: " + err.Error())
	}
}
