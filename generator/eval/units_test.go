package eval

import (
	"math"
	"testing"

	"github.com/sitrep-archive/sitrep/generator/annotate/figure"
)

func TestParseUnitSameQuantity(t *testing.T) {
	// Each pair is one unit written two ways; ratio is the size of b in units of a.
	for _, c := range []struct {
		a, b  string
		ratio float64
	}{
		{"watt", "W", 1},
		{"megawatt hour", "MWh", 1},
		{"kilometre per square second", "km/s2", 1},
		{"inverse second", "s-1", 1},
		{"m.s^-1", "m/s", 1},
		{"km.s^-1", "km/s", 1},
		{"kg/mm^2", "kg/mm2", 1},
		{"kilogram per cubic centimetre", "kg/cm³", 1},
		{"litre per kilometre", "l/km", 1},
		{"cm3", "ml", 1},
		{"teraelectronvolt", "TeV", 1},
		{"megayear", "Ma", 1},
		{"milligray", "mGy", 1},
		{"kJ/mol", "kJ mol-1", 1},
		{"dollar per hour", "USD/hour", 1},
		{"count per week", "times/week", 1},
		{"um", "µm", 1},
		{"μs", "us", 1},
		{"au", "AU", 1},
		{"second", "day", 86400},
		{"metre", "ft", 0.3048},
		{"square kilometre", "mi2", 1609.344 * 1609.344 / 1e6},
		{"kilobit per second", "kB/s", 8},
		{"nautical miles", "km", 1000.0 / 1852},
		{"inches", "ft", 12},
		{"joule per square metre per year", "J/m^2/year", 1},
	} {
		ua, okA := parseUnit(c.a)
		ub, okB := parseUnit(c.b)
		if !okA || !okB {
			t.Errorf("parseUnit(%q) ok=%v, parseUnit(%q) ok=%v", c.a, okA, c.b, okB)
			continue
		}
		if !ua.sameDims(ub) {
			t.Errorf("%q %v and %q %v: different dimensions", c.a, ua.dims, c.b, ub.dims)
			continue
		}
		if got := ub.factor / ua.factor; math.Abs(got-c.ratio) > 1e-9*c.ratio {
			t.Errorf("%q in %q = %v, want %v", c.b, c.a, got, c.ratio)
		}
	}
}

func TestParseUnitDifferentOrUnread(t *testing.T) {
	for _, c := range []struct{ a, b string }{
		{"mm", "mM"},  // millimetre, millimolar
		{"m", "M"},    // metre, molar
		{"t", "T"},    // tonne, tesla
		{"kb", "kg"},  // kilobit, kilogram
		{"km", "km2"}, // length, area
		{"W", "Wh"},   // power, energy
		{"deg", "count"},
		{"min", "mi"}, // minute, mile
	} {
		ua, okA := parseUnit(c.a)
		ub, okB := parseUnit(c.b)
		if okA && okB && ua.sameDims(ub) {
			t.Errorf("%q and %q read as the same dimension %v", c.a, c.b, ua.dims)
		}
	}
	for _, s := range []string{"", "degC", "degF", "degree Celsius", "count:strike", "m^x", "foo", "per", "square", "km/", "°C"} {
		if u, ok := parseUnit(s); ok {
			t.Errorf("parseUnit(%q) = %v, want not read", s, u)
		}
	}
}

func TestValueUnitAgreeAcrossWritings(t *testing.T) {
	pred := func(v float64, unit, per string) figure.Figure {
		f := fig(0, 1, figure.Length, v, unit)
		f.Per = per
		return f
	}
	rangePred := func(lo, hi float64, unit string) figure.Figure {
		f := pred(lo, unit, "")
		f.IsRange, f.Min, f.Max = true, lo, hi
		return f
	}
	for _, c := range []struct {
		name string
		gold GoldFigure
		p    figure.Figure
		want bool
	}{
		{"name and symbol", GoldFigure{Value: fp(12), Unit: sp("watt")}, pred(12, "W", ""), true},
		{"same quantity in other units", GoldFigure{Value: fp(518400), Unit: sp("second")}, pred(6, "day", ""), true},
		{"other quantity in other units", GoldFigure{Value: fp(518400), Unit: sp("second")}, pred(7, "day", ""), false},
		{"a rate's time", GoldFigure{Value: fp(15.4), Unit: sp("dollar per hour")}, pred(15.4, "USD", "hour"), true},
		{"rate against a plain unit", GoldFigure{Value: fp(20), Unit: sp("joule per square metre per year")}, pred(20, "J/m^2", ""), false},
		{"the source's own string", GoldFigure{Value: fp(50), Unit: sp("mm"), RawUnit: sp("mM")}, pred(50, "mM", ""), true},
		{"case matters in symbols", GoldFigure{Value: fp(50), Unit: sp("mm"), RawUnit: sp("mm")}, pred(50, "mM", ""), false},
		{"a range's midpoint", GoldFigure{Value: fp(3.75), Unit: sp("teraelectronvolt")}, rangePred(3.5, 4, "TeV"), true},
		{"range ends", GoldFigure{Min: fp(0.8), Max: fp(1), Unit: sp("m.s^-1")}, rangePred(0.8, 1, "m/s"), true},
		{"counted noun as the unit", GoldFigure{Value: fp(13), Unit: sp("passages")}, pred(13, "count:passage", ""), true},
		{"counted noun of two words", GoldFigure{Value: fp(0.4), Unit: sp("scale heights")}, pred(0.4, "count:scale height", ""), true},
		{"another noun", GoldFigure{Value: fp(13), Unit: sp("passages")}, pred(13, "count:patient", ""), false},
		{"a symbol is not a noun", GoldFigure{Value: fp(1), Unit: sp("μas")}, pred(1, "count:μa", ""), false},
		{"percent is not a count", GoldFigure{Value: fp(2), Unit: sp("percent")}, pred(0.02, "count", ""), false},
		{"no dimension, other strings", GoldFigure{Value: fp(2), Unit: sp("ppm")}, pred(2000, "ppb", ""), false},
		{"temperatures compare as strings", GoldFigure{Value: fp(0), Unit: sp("degC")}, pred(273.15, "K", ""), false},
	} {
		got, scored := valueUnitAgree(&c.gold, c.p)
		if !scored || got != c.want {
			t.Errorf("%s: valueUnitAgree = %v (scored %v), want %v", c.name, got, scored, c.want)
		}
	}
}

func FuzzParseUnit(f *testing.F) {
	for _, s := range []string{"km/s2", "kilometre per square second", "m.s^-1", "kg/cm³", "inverse femtobarn",
		"s⁻¹", "square", "squared", "m^", "/", "-1", "km2/", "cubic metre cubed", "USD/hour"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		u, ok := parseUnit(s)
		if !ok {
			return
		}
		if math.IsNaN(u.factor) || u.factor < 0 {
			t.Errorf("parseUnit(%q) factor %v", s, u.factor)
		}
		for k, p := range u.dims {
			if p == 0 {
				t.Errorf("parseUnit(%q) keeps a zero power of %s", s, k)
			}
		}
	})
}
