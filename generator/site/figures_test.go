package site

import (
	"math"
	"reflect"
	"testing"

	"github.com/sitrep-archive/sitrep/generator/annotate"
	"github.com/sitrep-archive/sitrep/generator/annotate/figure"
)

// TestFiguresRoundTrip packs and unpacks figures that differ from a base figure in one field
// each, down to the fields of a check and of a list's parts: every field must come back, so
// a field added to figures and left out of the packing fails here.
func TestFiguresRoundTrip(t *testing.T) {
	base := func() annotate.Figure {
		return annotate.Figure{Figure: figure.Figure{Text: "about 418 square miles", Kind: figure.Area, Value: 418,
			Unit: "mi2", Qualifier: "about", SI: 1.0826e9, SIUnit: "m2", Restates: -1,
			Check: &figure.Check{Expected: 418.1, Stated: 418, Unit: "mi2", Message: "fine"}, Parts: []figure.Part{{Start: 1, End: 2, Value: 3}}},
			Line: 12, Segment: 3}
	}
	var variants []annotate.Figure
	var visit func(path string, get func(*annotate.Figure) reflect.Value)
	visit = func(path string, get func(*annotate.Figure) reflect.Value) {
		f := base()
		v := get(&f)
		switch v.Kind() {
		case reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				i := i
				visit(path+"."+v.Type().Field(i).Name, func(f *annotate.Figure) reflect.Value { return get(f).Field(i) })
			}
			return
		case reflect.Pointer:
			visit(path, func(f *annotate.Figure) reflect.Value { return get(f).Elem() })
			return
		case reflect.Slice:
			visit(path+"[0]", func(f *annotate.Figure) reflect.Value { return get(f).Index(0) })
			return
		case reflect.Int, reflect.Int64:
			v.SetInt(-v.Int() - 1234567)
		case reflect.Float64:
			v.SetFloat(v.Float()*3 + 0.1)
		case reflect.Bool:
			v.SetBool(!v.Bool())
		case reflect.String:
			v.SetString(v.String() + "·x")
		default:
			t.Fatalf("%s: a field of kind %s: teach this test and the packing about it", path, v.Kind())
		}
		variants = append(variants, f)
	}
	visit("Figure", func(f *annotate.Figure) reflect.Value { return reflect.ValueOf(f).Elem() })
	noCheck, noParts := base(), base()
	noCheck.Check, noParts.Parts = nil, nil
	variants = append(variants, base(), noCheck, noParts, annotate.Figure{})

	packed := NewFigures(variants)
	got, err := DecodeFigures(packed.Data())
	if err != nil {
		t.Fatal(err)
	}
	all := got.All()
	if len(all) != len(variants) || got.Count() != len(variants) {
		t.Fatalf("got %d figures, want %d", len(all), len(variants))
	}
	for i := range variants {
		if !reflect.DeepEqual(all[i], variants[i]) {
			t.Errorf("figure %d:\n got %+v\nwant %+v", i, all[i], variants[i])
		}
	}
	if NewFigures(nil).All() != nil || NewFigures(nil).Count() != 0 {
		t.Error("no figures should unpack to none")
	}
}

// TestFiguresSummary: timelines get the chartable figures stated once (no restatements, no
// ranges), and lists the first three measured figures that restate nothing.
func TestFiguresSummary(t *testing.T) {
	fig := func(text string, kind figure.Kind, restates int, isRange bool) annotate.Figure {
		return annotate.Figure{Figure: figure.Figure{Text: text, Kind: kind, Unit: "u", Value: 1, Restates: restates, IsRange: isRange}}
	}
	f := NewFigures([]annotate.Figure{
		fig("a", figure.Area, -1, false),
		fig("b", figure.Area, 0, false), // restates a
		fig("c", figure.Percent, -1, true),
		fig("d", figure.Duration, -1, false), // not chartable
		fig("e", figure.Count, -1, false),
		fig("f", figure.Money, -1, false),
	})
	var chart, key []string
	for _, c := range f.charts(nil) {
		chart = append(chart, c.Text)
	}
	for _, k := range f.key {
		key = append(key, k.Text)
	}
	if want := []string{"a", "e", "f"}; !reflect.DeepEqual(chart, want) {
		t.Errorf("chart %v, want %v", chart, want)
	}
	if want := []string{"a", "c", "e"}; !reflect.DeepEqual(key, want) {
		t.Errorf("key figures %v, want %v", key, want)
	}
}

// TestDecodeFiguresRejectsDamage: a cache's figures cut short or with bytes to spare are an
// error, not a panic or a wrong figure.
func TestDecodeFiguresRejectsDamage(t *testing.T) {
	data := NewFigures([]annotate.Figure{{Figure: figure.Figure{Text: "seven strikes", Kind: figure.Count, Value: 7, Restates: -1}}}).Data()
	for n := 1; n < len(data); n++ {
		if _, err := DecodeFigures(data[:n]); err == nil {
			t.Errorf("%d of %d bytes decoded without error", n, len(data))
		}
	}
	if _, err := DecodeFigures(append(data[:len(data):len(data)], 0)); err == nil {
		t.Error("a trailing byte decoded without error")
	}
}

func FuzzDecodeFigures(f *testing.F) {
	f.Add(NewFigures([]annotate.Figure{{Figure: figure.Figure{Text: "80 percent", Kind: figure.Percent, Value: 80, Restates: -1,
		Check: &figure.Check{Message: "m"}, Parts: []figure.Part{{Value: 1}}}}}).Data())
	f.Fuzz(func(t *testing.T, data []byte) {
		figs, err := DecodeFigures(data)
		if err != nil {
			return
		}
		again := NewFigures(figs.All())
		if figs.Count() != again.Count() {
			t.Fatalf("%d figures, %d after packing again", figs.Count(), again.Count())
		}
	})
}

// A rate is charted apart from amounts of its unit, and labelled per its unit of time.
func TestRateChartUnit(t *testing.T) {
	for _, c := range []struct {
		f     annotate.Figure
		unit  string
		label string
	}{
		{annotate.Figure{Figure: figure.Figure{Unit: "l", Per: "day"}}, "l/day", "l per day"},
		{annotate.Figure{Figure: figure.Figure{Unit: "l"}}, "l", "l"},
		{annotate.Figure{Figure: figure.Figure{Unit: "count:patrol", Per: "day"}}, "count:patrol/day", "patrols per day"},
		{annotate.Figure{Figure: figure.Figure{Unit: "percent", Per: "year"}}, "percent/year", "percent per year"},
		{annotate.Figure{Figure: figure.Figure{Unit: "count:F/A-18E/F Super Hornet"}}, "count:F/A-18E/F Super Hornet", "F/A-18E/F Super Hornets"},
		// an amount per item or per area, and per item and unit of time
		{annotate.Figure{Figure: figure.Figure{Unit: "USD", Per: "aircraft"}}, "USD/aircraft", "US dollars per aircraft"},
		{annotate.Figure{Figure: figure.Figure{Unit: "count:mine", Per: "km2"}}, "count:mine/km2", "mines per km²"},
		{annotate.Figure{Figure: figure.Figure{Unit: "l", Per: "person/day"}}, "l/person/day", "l per person per day"},
	} {
		u := chartUnit(&c.f)
		if u != c.unit || unitLabel(u) != c.label {
			t.Errorf("%+v: unit %q label %q, want %q %q", c.f.Figure, u, unitLabel(u), c.unit, c.label)
		}
	}
}

// appendNormalised writes the bytes Normalised returns, and the rows made from packed
// figures, with their Check and Parts reused from figure to figure, are those of each figure.
func TestAppendNormalised(t *testing.T) {
	parts := func(vs ...float64) []figure.Part {
		var ps []figure.Part
		for _, v := range vs {
			ps = append(ps, figure.Part{Value: v})
		}
		return ps
	}
	var figs []annotate.Figure
	for _, f := range []figure.Figure{
		{Value: 1083, Unit: "km2"},
		{Value: 418, Unit: "mi2", Qualifier: "about"},
		{Value: 7, Unit: "count:strike"},
		{Value: 80, Unit: "percent", Qualifier: "more-than"},
		{Min: 10, Max: 15, IsRange: true, Unit: "km", Qualifier: "between"},
		{Min: -2.5, Max: 1e21, IsRange: true, Unit: "l", Per: "day"},
		{IsList: true, Parts: parts(2, 3, 5), Unit: "count:shell", Per: "day", Check: &figure.Check{OK: true, Message: "adds up"}},
		{IsList: true, Parts: parts(0.1, 1e-7), Qualifier: "up-to"},
		{IsList: true, Parts: parts(4)},
		{IsList: true},
		{Value: 0.1 + 0.2, Per: "day", Check: &figure.Check{Message: "5 < 7 & \"x\""}},
		{Value: math.Inf(-1), Unit: "m"},
		{Value: math.NaN()},
		{Value: math.Copysign(0, -1), Unit: "percent", Per: "year"},
		{},
	} {
		figs = append(figs, annotate.Figure{Figure: f})
	}
	for i := range figs {
		if got, want := string(appendNormalised([]byte("x"), &figs[i])), "x"+figs[i].Normalised(); got != want {
			t.Errorf("%+v: appendNormalised %q, Normalised %q", figs[i].Figure, got, want)
		}
	}
	b := &Briefing{figures: NewFigures(figs)}
	var rows []FigureRow
	b.EachFigureRow(func(r FigureRow) { rows = append(rows, r) })
	if len(rows) != len(figs) {
		t.Fatalf("%d rows of %d figures", len(rows), len(figs))
	}
	for i, f := range figs {
		want := FigureRow{Text: f.Text, Kind: string(f.Kind), Value: f.Normalised()}
		if c := f.Check; c != nil {
			want.Check, want.Mismatch = "✗ "+c.Message, !c.OK
			if c.OK {
				want.Check = "✓ " + c.Message
			}
		}
		if rows[i] != want {
			t.Errorf("row %d: %+v, want %+v", i, rows[i], want)
		}
	}
}
