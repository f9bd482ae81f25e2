package eval

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A physical unit, as the scorer reads a unit string: a factor to base units and the powers of
// those base units. Sources and sitrep write the same unit in different ways (quantulum3's
// "kilometre per square second", sitrep's "km/s2"; "ml" and "cm3"; "6 day" and "518400
// second"), so where two unit strings differ the scorer reads both as physical units and, when
// they measure the same dimension, compares the quantities in base units.
//
// Base units: m, kg, s, A, K (as a difference, not a temperature on a scale), mol, bit, rad
// (kept apart from plain numbers so that an angle never equals a count), and one base per
// currency code.
type physUnit struct {
	factor float64
	dims   map[string]int
}

func (u physUnit) times(v physUnit, power int) physUnit {
	out := physUnit{factor: u.factor * math.Pow(v.factor, float64(power)), dims: map[string]int{}}
	for k, p := range u.dims {
		out.dims[k] = p
	}
	for k, p := range v.dims {
		out.dims[k] += p * power
		if out.dims[k] == 0 {
			delete(out.dims, k)
		}
	}
	return out
}

func (u physUnit) sameDims(v physUnit) bool {
	if len(u.dims) != len(v.dims) {
		return false
	}
	for k, p := range u.dims {
		if v.dims[k] != p {
			return false
		}
	}
	return true
}

func base(factor float64, dims ...any) physUnit {
	u := physUnit{factor: factor, dims: map[string]int{}}
	for i := 0; i+1 < len(dims); i += 2 {
		u.dims[dims[i].(string)] = dims[i+1].(int)
	}
	return u
}

const yearSeconds = 365.25 * 86400

func joules(f float64) physUnit { return base(f, "kg", 1, "m", 2, "s", -2) }

// unitSymbols are case-sensitive symbols that take an SI prefix ("km", "MWh", "µM").
var unitSymbols = map[string]physUnit{
	"m": base(1, "m", 1), "g": base(1e-3, "kg", 1), "s": base(1, "s", 1), "A": base(1, "A", 1),
	"K": base(1, "K", 1), "mol": base(1, "mol", 1), "M": base(1000, "mol", 1, "m", -3),
	"l": base(1e-3, "m", 3), "L": base(1e-3, "m", 3), "t": base(1000, "kg", 1),
	"Pa": base(1, "kg", 1, "m", -1, "s", -2), "N": base(1, "kg", 1, "m", 1, "s", -2),
	"J": joules(1), "W": base(1, "kg", 1, "m", 2, "s", -3), "Wh": joules(3600),
	"eV": joules(1.602176634e-19), "V": base(1, "kg", 1, "m", 2, "s", -3, "A", -1),
	"Hz": base(1, "s", -1), "C": base(1, "A", 1, "s", 1), "Ω": base(1, "kg", 1, "m", 2, "s", -3, "A", -2),
	"T": base(1, "kg", 1, "s", -2, "A", -1), "G": base(1e-4, "kg", 1, "s", -2, "A", -1),
	"Gy": base(1, "m", 2, "s", -2), "Sv": base(1, "m", 2, "s", -2), "Bq": base(1, "s", -1),
	"b": base(1, "bit", 1), "bit": base(1, "bit", 1), "B": base(8, "bit", 1),
	"bar": base(1e5, "kg", 1, "m", -1, "s", -2), "a": base(yearSeconds, "s", 1),
	"cal": joules(4.184), "rad": base(1, "rad", 1), "Da": base(1.66053906660e-27, "kg", 1),
}

// plainSymbols are symbols that take no prefix; they are tried before a prefix is split off
// ("min" is minutes, not milli-inches; "ha" hectares, not hecto-years).
var plainSymbols = map[string]physUnit{
	"min": base(60, "s", 1), "h": base(3600, "s", 1), "hr": base(3600, "s", 1), "d": base(86400, "s", 1),
	"yr": base(yearSeconds, "s", 1), "ft": base(0.3048, "m", 1), "in": base(0.0254, "m", 1),
	"mi": base(1609.344, "m", 1), "yd": base(0.9144, "m", 1), "nmi": base(1852, "m", 1),
	"lb": base(0.45359237, "kg", 1), "oz": base(0.028349523125, "kg", 1), "gal": base(3.785411784e-3, "m", 3),
	"bbl": base(0.158987294928, "m", 3), "acre": base(4046.8564224, "m", 2), "ha": base(1e4, "m", 2),
	"kn": base(1852.0/3600, "m", 1, "s", -1), "mph": base(1609.344/3600, "m", 1, "s", -1),
	"AU": base(1.495978707e11, "m", 1), "au": base(1.495978707e11, "m", 1), "atm": base(101325, "kg", 1, "m", -1, "s", -2),
	"psi": base(6894.757293168, "kg", 1, "m", -1, "s", -2), "Btu": joules(1055.05585262),
	"deg": base(math.Pi/180, "rad", 1), "°": base(math.Pi/180, "rad", 1),
	"second": base(1, "s", 1), "minute": base(60, "s", 1), "hour": base(3600, "s", 1), "day": base(86400, "s", 1),
	"week": base(7*86400, "s", 1), "fortnight": base(14*86400, "s", 1), "month": base(yearSeconds/12, "s", 1),
	"year": base(yearSeconds, "s", 1), "decade": base(10*yearSeconds, "s", 1), "century": base(100*yearSeconds, "s", 1),
	"percent": base(0.01), "ppm": base(1e-6), "ppb": base(1e-9),
	"count": base(1), "number": base(1), "times": base(1), "dimensionless": base(1),
}

// unitNames are lower-case names that take a named prefix ("kilometre", "megawatt").
var unitNames = map[string]physUnit{
	"metre": base(1, "m", 1), "meter": base(1, "m", 1), "gram": base(1e-3, "kg", 1), "gramme": base(1e-3, "kg", 1),
	"second": base(1, "s", 1), "ampere": base(1, "A", 1), "amp": base(1, "A", 1), "kelvin": base(1, "K", 1),
	"mole": base(1, "mol", 1), "molar": base(1000, "mol", 1, "m", -3), "litre": base(1e-3, "m", 3),
	"liter": base(1e-3, "m", 3), "tonne": base(1000, "kg", 1), "pascal": base(1, "kg", 1, "m", -1, "s", -2),
	"newton": base(1, "kg", 1, "m", 1, "s", -2), "joule": joules(1), "watt": base(1, "kg", 1, "m", 2, "s", -3),
	"electronvolt": joules(1.602176634e-19), "volt": base(1, "kg", 1, "m", 2, "s", -3, "A", -1),
	"hertz": base(1, "s", -1), "coulomb": base(1, "A", 1, "s", 1), "ohm": base(1, "kg", 1, "m", 2, "s", -3, "A", -2),
	"tesla": base(1, "kg", 1, "s", -2, "A", -1), "gauss": base(1e-4, "kg", 1, "s", -2, "A", -1),
	"gray": base(1, "m", 2, "s", -2), "sievert": base(1, "m", 2, "s", -2), "becquerel": base(1, "s", -1),
	"byte": base(8, "bit", 1), "bit": base(1, "bit", 1), "bar": base(1e5, "kg", 1, "m", -1, "s", -2),
	"calorie": joules(4.184), "year": base(yearSeconds, "s", 1), "annum": base(yearSeconds, "s", 1),
	"barn": base(1e-28, "m", 2), "radian": base(1, "rad", 1),
}

// otherNames are lower-case names that take no prefix.
var otherNames = map[string]physUnit{
	"minute": base(60, "s", 1), "hour": base(3600, "s", 1), "day": base(86400, "s", 1), "week": base(7*86400, "s", 1),
	"month": base(yearSeconds/12, "s", 1), "decade": base(10*yearSeconds, "s", 1),
	"foot": base(0.3048, "m", 1), "feet": base(0.3048, "m", 1), "inch": base(0.0254, "m", 1),
	"mile": base(1609.344, "m", 1), "yard": base(0.9144, "m", 1), "nautical_mile": base(1852, "m", 1),
	"pound": base(0.45359237, "kg", 1), "pound-mass": base(0.45359237, "kg", 1), "ounce": base(0.028349523125, "kg", 1),
	"gallon": base(3.785411784e-3, "m", 3), "barrel": base(0.158987294928, "m", 3), "acre": base(4046.8564224, "m", 2),
	"hectare": base(1e4, "m", 2), "knot": base(1852.0/3600, "m", 1, "s", -1), "atmosphere": base(101325, "kg", 1, "m", -1, "s", -2),
	"btu": joules(1055.05585262), "degree": base(math.Pi/180, "rad", 1), "dollar": base(1, "USD", 1),
	"euro": base(1, "EUR", 1), "percentage": base(0.01), "count": base(1), "time": base(1),
	"astronomical_unit": base(1.495978707e11, "m", 1), "light-year": base(9.4607304725808e15, "m", 1),
}

var symbolPrefixes = []struct {
	p string
	f float64
}{
	{"da", 1e1}, {"Y", 1e24}, {"Z", 1e21}, {"E", 1e18}, {"P", 1e15}, {"T", 1e12}, {"G", 1e9}, {"M", 1e6},
	{"k", 1e3}, {"h", 1e2}, {"d", 1e-1}, {"c", 1e-2}, {"m", 1e-3}, {"µ", 1e-6}, {"μ", 1e-6}, {"u", 1e-6},
	{"n", 1e-9}, {"p", 1e-12}, {"f", 1e-15}, {"a", 1e-18},
}

var namePrefixes = []struct {
	p string
	f float64
}{
	{"yotta", 1e24}, {"zetta", 1e21}, {"exa", 1e18}, {"peta", 1e15}, {"tera", 1e12}, {"giga", 1e9},
	{"mega", 1e6}, {"kilo", 1e3}, {"hecto", 1e2}, {"deca", 1e1}, {"deka", 1e1}, {"deci", 1e-1},
	{"centi", 1e-2}, {"milli", 1e-3}, {"micro", 1e-6}, {"nano", 1e-9}, {"pico", 1e-12}, {"femto", 1e-15},
	{"atto", 1e-18},
}

// multiWordNames joins the names of more than one word into one token before a unit is split.
var multiWordNames = strings.NewReplacer(
	"nautical mile", "nautical_mile", "british thermal unit", "btu", "electron volt", "electronvolt",
	"electron-volt", "electronvolt", "metric ton", "tonne", "astronomical unit", "astronomical_unit",
	"light year", "light-year",
)

// parseUnit reads a unit string as a physical unit; ok is false for a string it cannot read
// whole, for temperatures on a scale (degC, degF, "degree Celsius"), which are not
// proportional, and for counts of things ("count:strike").
func parseUnit(s string) (physUnit, bool) {
	s = strings.TrimSpace(s)
	if s == "" || strings.HasPrefix(s, "count:") || strings.HasPrefix(s, "deg") && len(s) == 4 && (s[3] == 'C' || s[3] == 'F') {
		return physUnit{}, false
	}
	lower := strings.ToLower(s)
	if strings.Contains(lower, "celsius") || strings.Contains(lower, "fahrenheit") || strings.Contains(s, "°C") || strings.Contains(s, "°F") {
		return physUnit{}, false
	}
	s = multiWordNames.Replace(s)
	s = strings.NewReplacer(" per ", "/", "·", ".", "⋅", ".", "*", ".", "×", ".").Replace(s)
	u := base(1)
	for i, part := range strings.Split(s, "/") {
		sign := 1
		if i > 0 {
			sign = -1
		}
		v, ok := parseProduct(part)
		if !ok {
			return physUnit{}, false
		}
		u = u.times(v, sign)
	}
	return u, true
}

// parseProduct reads a product of unit terms separated by spaces or dots: "megawatt hour",
// "m.s^-1", "square kilometre", "kg m-3".
func parseProduct(s string) (physUnit, bool) {
	words := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '.' })
	if len(words) == 0 {
		return physUnit{}, false
	}
	u := base(1)
	modifier := 1
	var last physUnit
	haveLast := false
	for _, w := range words {
		switch strings.ToLower(w) {
		case "square":
			modifier *= 2
			continue
		case "cubic":
			modifier *= 3
			continue
		case "inverse", "reciprocal":
			modifier *= -1
			continue
		case "squared", "cubed":
			if !haveLast {
				return physUnit{}, false
			}
			extra := 1 // the term is in u once already
			if strings.EqualFold(w, "cubed") {
				extra = 2
			}
			u = u.times(last, extra)
			continue
		}
		t, power, ok := parseTerm(w)
		if !ok {
			return physUnit{}, false
		}
		last = t.times(t, power*modifier-1)
		haveLast = true
		u = u.times(t, power*modifier)
		modifier = 1
	}
	return u, modifier == 1
}

// parseTerm reads one unit with an optional power: "km2", "s-1", "m^-2", "cm³", "metres".
func parseTerm(w string) (physUnit, int, bool) {
	name, power := splitPower(w)
	if name == "" {
		return physUnit{}, 0, false
	}
	u, ok := parseAtom(name)
	return u, power, ok
}

// splitPower splits a trailing power off a unit: "^-1", "-1", "2", "²", "⁻¹".
func splitPower(w string) (string, int) {
	if i := strings.IndexByte(w, '^'); i > 0 {
		if n, ok := atoiSigned(w[i+1:]); ok {
			return w[:i], n
		}
		return "", 0
	}
	if strings.HasSuffix(w, "⁻¹") {
		return strings.TrimSuffix(w, "⁻¹"), -1
	}
	if strings.HasSuffix(w, "²") {
		return strings.TrimSuffix(w, "²"), 2
	}
	if strings.HasSuffix(w, "³") {
		return strings.TrimSuffix(w, "³"), 3
	}
	j := len(w)
	for j > 0 && w[j-1] >= '0' && w[j-1] <= '9' {
		j--
	}
	if j > 0 && w[j-1] == '-' {
		j--
	}
	if j == len(w) || j == 0 {
		return w, 1
	}
	if r, _ := utf8.DecodeLastRuneInString(w[:j]); !unicode.IsLetter(r) {
		return w, 1
	}
	n, ok := atoiSigned(w[j:])
	if !ok {
		return "", 0
	}
	return w[:j], n
}

func atoiSigned(s string) (int, bool) {
	neg := strings.HasPrefix(s, "-") || strings.HasPrefix(s, "−")
	s = strings.TrimLeft(s, "-−")
	if s == "" || len(s) > 2 {
		return 0, false
	}
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	if neg {
		n = -n
	}
	return n, true
}

// parseAtom reads one unit with no power: a symbol (with an SI prefix or not), a name (with a
// named prefix or not, singular or plural), or a currency code.
func parseAtom(w string) (physUnit, bool) {
	if u, ok := plainSymbols[w]; ok {
		return u, true
	}
	if u, ok := unitSymbols[w]; ok {
		return u, true
	}
	if isCurrencyCode(w) {
		return base(1, w, 1), true
	}
	for _, p := range symbolPrefixes {
		if rest, ok := strings.CutPrefix(w, p.p); ok {
			if u, ok := unitSymbols[rest]; ok {
				return base(p.f).times(u, 1), true
			}
		}
	}
	lower := strings.ToLower(w)
	for _, form := range singulars(lower) {
		if u, ok := otherNames[form]; ok {
			return u, true
		}
		if u, ok := unitNames[form]; ok {
			return u, true
		}
		for _, p := range namePrefixes {
			if rest, ok := strings.CutPrefix(form, p.p); ok {
				if u, ok := unitNames[rest]; ok {
					return base(p.f).times(u, 1), true
				}
			}
		}
	}
	return physUnit{}, false
}

// singulars returns a lower-case name and the singular forms it may be the plural of.
func singulars(w string) []string {
	forms := []string{w}
	if strings.HasSuffix(w, "ies") {
		forms = append(forms, strings.TrimSuffix(w, "ies")+"y")
	}
	if strings.HasSuffix(w, "es") {
		forms = append(forms, strings.TrimSuffix(w, "es"))
	}
	if strings.HasSuffix(w, "s") {
		forms = append(forms, strings.TrimSuffix(w, "s"))
	}
	return forms
}

func isCurrencyCode(w string) bool {
	if len(w) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	switch w {
	case "BTU", "MPH", "RPM", "PSI", "KPH":
		return false
	}
	return true
}
