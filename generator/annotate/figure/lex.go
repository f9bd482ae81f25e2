package figure

import "strings"

// unitInfo describes one written form of a unit.
type unitInfo struct {
	unit   string  // canonical unit
	kind   Kind    // what it measures
	si     float64 // SI value of one unit; 0 when no SI value applies
	siUnit string  // the SI unit si is expressed in
	offset float64 // added after scaling (temperatures)
}

// Canonical units with their kind and SI factor. Written forms map onto these.
var canon = map[string]unitInfo{
	"km2": {kind: Area, si: 1e6, siUnit: "m2"}, "m2": {kind: Area, si: 1, siUnit: "m2"},
	"cm2": {kind: Area, si: 1e-4, siUnit: "m2"}, "mm2": {kind: Area, si: 1e-6, siUnit: "m2"},
	"mi2": {kind: Area, si: 2589988.110336, siUnit: "m2"}, "ha": {kind: Area, si: 1e4, siUnit: "m2"},
	"acre": {kind: Area, si: 4046.8564224, siUnit: "m2"}, "ft2": {kind: Area, si: 0.09290304, siUnit: "m2"},
	"yd2": {kind: Area, si: 0.83612736, siUnit: "m2"}, "in2": {kind: Area, si: 0.00064516, siUnit: "m2"},
	"nmi2": {kind: Area, si: 3429904, siUnit: "m2"},

	"km": {kind: Length, si: 1000, siUnit: "m"}, "m": {kind: Length, si: 1, siUnit: "m"},
	"cm": {kind: Length, si: 0.01, siUnit: "m"}, "mm": {kind: Length, si: 0.001, siUnit: "m"},
	"um": {kind: Length, si: 1e-6, siUnit: "m"}, "nm": {kind: Length, si: 1e-9, siUnit: "m"},
	"mi": {kind: Length, si: 1609.344, siUnit: "m"}, "ft": {kind: Length, si: 0.3048, siUnit: "m"},
	"in": {kind: Length, si: 0.0254, siUnit: "m"}, "yd": {kind: Length, si: 0.9144, siUnit: "m"},
	"nmi": {kind: Length, si: 1852, siUnit: "m"}, "AU": {kind: Length, si: 149597870700, siUnit: "m"},
	"ly": {kind: Length, si: 9460730472580800, siUnit: "m"}, "pc": {kind: Length, si: 3.0856775814913673e16, siUnit: "m"},
	"dm": {kind: Length, si: 0.1, siUnit: "m"}, "Å": {kind: Length, si: 1e-10, siUnit: "m"},
	"fathom": {kind: Length, si: 1.8288, siUnit: "m"},

	"kg": {kind: Mass, si: 1, siUnit: "kg"}, "g": {kind: Mass, si: 1e-3, siUnit: "kg"},
	"mg": {kind: Mass, si: 1e-6, siUnit: "kg"}, "ug": {kind: Mass, si: 1e-9, siUnit: "kg"},
	"t": {kind: Mass, si: 1000, siUnit: "kg"}, "ton": {kind: Mass, si: 907.18474, siUnit: "kg"},
	"lb": {kind: Mass, si: 0.45359237, siUnit: "kg"}, "oz": {kind: Mass, si: 0.028349523125, siUnit: "kg"},
	"kt": {kind: Mass, si: 1e6, siUnit: "kg"}, "Mt": {kind: Mass, si: 1e9, siUnit: "kg"},
	"long-ton": {kind: Mass, si: 1016.0469088, siUnit: "kg"}, "dwt": {kind: Mass, si: 1000, siUnit: "kg"},

	"l": {kind: Volume, si: 1e-3, siUnit: "m3"}, "ml": {kind: Volume, si: 1e-6, siUnit: "m3"},
	"gal": {kind: Volume, si: 0.003785411784, siUnit: "m3"}, "bbl": {kind: Volume, si: 0.158987294928, siUnit: "m3"},
	"m3": {kind: Volume, si: 1, siUnit: "m3"}, "km3": {kind: Volume, si: 1e9, siUnit: "m3"},
	"cm3": {kind: Volume, si: 1e-6, siUnit: "m3"}, "ft3": {kind: Volume, si: 0.028316846592, siUnit: "m3"},
	"yd3": {kind: Volume, si: 0.764554857984, siUnit: "m3"}, "in3": {kind: Volume, si: 1.6387064e-5, siUnit: "m3"},
	"mi3": {kind: Volume, si: 4168181825.440579584, siUnit: "m3"},
	"cup": {kind: Volume, si: 2.365882365e-4, siUnit: "m3"}, "tbsp": {kind: Volume, si: 1.478676478125e-5, siUnit: "m3"},
	"tsp": {kind: Volume, si: 4.92892159375e-6, siUnit: "m3"}, "qt": {kind: Volume, si: 9.46352946e-4, siUnit: "m3"},
	"pt": {kind: Volume, si: 4.73176473e-4, siUnit: "m3"}, "fl oz": {kind: Volume, si: 2.95735295625e-5, siUnit: "m3"},
	"psi": {kind: Other, si: 6894.757293168, siUnit: "Pa"},
	"lbf": {kind: Other, si: 4.4482216152605, siUnit: "N"}, "kN": {kind: Other, si: 1000, siUnit: "N"},
	"acre-ft": {kind: Volume, si: 1233.48183754752, siUnit: "m3"}, "cfs": {kind: Volume}, "cumecs": {kind: Volume},
	"MTON": {kind: Volume, si: 1.13267386368, siUnit: "m3"}, // a measurement ton: 40 cubic feet of cargo

	"second": {kind: Duration, si: 1, siUnit: "s"}, "minute": {kind: Duration, si: 60, siUnit: "s"},
	"hour": {kind: Duration, si: 3600, siUnit: "s"}, "day": {kind: Duration, si: 86400, siUnit: "s"},
	"week": {kind: Duration, si: 604800, siUnit: "s"}, "month": {kind: Duration, si: 2629746, siUnit: "s"},
	"year": {kind: Duration, si: 31556952, siUnit: "s"}, "ms": {kind: Duration, si: 1e-3, siUnit: "s"},
	"us": {kind: Duration, si: 1e-6, siUnit: "s"}, "ns": {kind: Duration, si: 1e-9, siUnit: "s"},
	"decade": {kind: Duration, si: 315569520, siUnit: "s"}, "century": {kind: Duration, si: 3155695200, siUnit: "s"},

	"km/h": {kind: Speed, si: 1 / 3.6, siUnit: "m/s"}, "mph": {kind: Speed, si: 0.44704, siUnit: "m/s"},
	"m/s": {kind: Speed, si: 1, siUnit: "m/s"}, "kn": {kind: Speed, si: 1852.0 / 3600, siUnit: "m/s"},
	"km/s": {kind: Speed, si: 1000, siUnit: "m/s"}, "ft/s": {kind: Speed, si: 0.3048, siUnit: "m/s"},
	"g0": {kind: Other, si: 9.80665, siUnit: "m/s2"}, // a load factor in standard gravities: "pulled 7.8 g"

	"degC": {kind: Temperature, si: 1, siUnit: "K", offset: 273.15},
	"degF": {kind: Temperature, si: 5.0 / 9, siUnit: "K", offset: 459.67 * 5 / 9},
	"K":    {kind: Temperature, si: 1, siUnit: "K"},
	"deg":  {kind: Other},

	"count:TEU": {kind: Count}, // twenty-foot equivalent units, a container ship's capacity

	"percent": {kind: Percent}, "ppm": {kind: Percent}, "ppb": {kind: Percent}, "ppt": {kind: Percent}, "‰": {kind: Percent},
	"percentage-point": {kind: Percent},
}

// Currencies: canonical ISO 4217 codes (and cent/pence sub-units) are all Money.
var currencyCodes = []string{"USD", "EUR", "GBP", "CNY", "JPY", "INR", "RUB", "CAD", "AUD", "CHF",
	"MXN", "BRL", "KRW", "TRY", "IQD", "SYP", "AFN", "ILS", "SAR", "AED", "IRR", "UAH", "PLN", "SEK",
	"NOK", "DKK", "HKD", "NZD", "SGD", "ZAR", "EGP", "PKR", "PHP", "TWD", "QAR", "KWD", "XOF", "NGN", "IDR", "UGX", "KES", "TZS", "SOS", "SSP", "SDG", "THB", "MYR", "VND", "MMK", "KHR", "BDT", "USD-cent", "GBP-pence", "EUR-cent",
	"MAD", "GHS", "DJF", "ETB", "MGA", "MZN", "BWP", "ZMW", "MWK", "TND", "LYD", "DZD", "JOD", "BHD", "OMR", "YER", "LBP",
	"RON", "BGN", "HUF", "CZK", "PGK", "TOP", "FJD", "SBD", "WST", "VUV", "ISK", "BAM", "DEM", "MKD", "ALL", "HRK", "RSD",
	"LKR", "NPR", "MVR", "BTN", "KZT", "GEL", "TJS", "AMD", "AZN", "TMT", "UZS", "KGS", "VES", "PAB", "TTD", "JMD", "DOP", "COP", "CUP", "HTG"}

// wordUnits are units written as lower-case words or abbreviations, matched case-insensitively
// over up to four words. The value is the canonical unit.
var wordUnits = map[string]string{}

// wordScale is the amount of its canonical unit a word unit stands for, where it is not one:
// a fortnight is 2 weeks, a weekend 2 days.
var wordScale = map[string]float64{}

func addWords(unit string, forms ...string) {
	for _, f := range forms {
		wordUnits[f] = unit
	}
}

// symbolUnits are unit symbols matched case-sensitively ("mm", "MPa", "°C").
var symbolUnits = map[string]unitInfo{}

// siPrefixes for generated symbols.
var siPrefixes = []struct {
	p string
	f float64
}{{"", 1}, {"y", 1e-24}, {"z", 1e-21}, {"a", 1e-18}, {"f", 1e-15}, {"p", 1e-12}, {"n", 1e-9},
	{"µ", 1e-6}, {"μ", 1e-6}, {"u", 1e-6}, {"m", 1e-3}, {"c", 1e-2}, {"d", 1e-1}, {"da", 10}, {"h", 100},
	{"k", 1e3}, {"M", 1e6}, {"G", 1e9}, {"T", 1e12}, {"P", 1e15}, {"E", 1e18}}

func init() {
	for _, c := range currencyCodes {
		canon[c] = unitInfo{kind: Money}
	}
	for k, v := range canon {
		v.unit = k
		canon[k] = v
	}
	// SI (and a few other) symbols with prefixes. Bases with an SI dimension carry their factor.
	bases := []struct {
		sym, siUnit string
		kind        Kind
		f           float64
	}{{"m", "m", Length, 1}, {"g", "kg", Mass, 1e-3}, {"s", "s", Duration, 1}, {"Hz", "Hz", Other, 1},
		{"Pa", "Pa", Other, 1}, {"J", "J", Other, 1}, {"W", "W", Other, 1}, {"V", "V", Other, 1},
		{"N", "N", Other, 1}, {"eV", "eV", Other, 1}, {"mol", "mol", Other, 1}, {"L", "m3", Volume, 1e-3},
		{"l", "m3", Volume, 1e-3}, {"bar", "Pa", Other, 1e5}, {"Da", "Da", Other, 1}, {"Ω", "Ω", Other, 1},
		{"Wh", "J", Other, 3600}, {"VA", "VA", Other, 1}, {"Gy", "Gy", Other, 1}, {"Sv", "Sv", Other, 1},
		{"Bq", "Bq", Other, 1}, {"Oe", "Oe", Other, 1}, {"B", "B", Other, 1}, {"b", "bit", Other, 1},
		{"bit", "bit", Other, 1}, {"A", "A", Other, 1}, {"M", "M", Other, 1}, {"F", "F", Other, 1},
		{"pc", "m", Length, 3.0856775814913673e16}, {"yr", "s", Duration, 31556952}, {"y", "s", Duration, 31556952},
		{"a", "s", Duration, 31556952}, {"cal", "J", Other, 4.184}, {"T", "T", Other, 1}, {"S", "S", Other, 1},
		{"Wb", "Wb", Other, 1}, {"H", "H", Other, 1}, {"C", "C", Other, 1}, {"lm", "lm", Other, 1},
		{"lx", "lx", Other, 1}, {"dB", "dB", Other, 1}, {"bp", "bp", Other, 1}, {"mag", "mag", Other, 1},
		{"K", "K", Temperature, 1}, {"erg", "J", Other, 1e-7}, {"Jy", "Jy", Other, 1}, {"Torr", "Pa", Other, 133.322}}
	for _, b := range bases {
		for _, p := range siPrefixes {
			sym := p.p + b.sym
			if p.p != "" && (b.sym == "a" || b.sym == "y" || b.sym == "C" || b.sym == "F" || b.sym == "S" || b.sym == "H" || b.sym == "T" || b.sym == "A" || b.sym == "B" || b.sym == "b" || b.sym == "K") {
				if !(b.sym == "a" && (p.p == "k" || p.p == "M" || p.p == "G")) && !(b.sym == "B" && len(p.p) == 1 && strings.Contains("kMGTP", p.p)) && !(b.sym == "b" && len(p.p) == 1 && strings.Contains("kMGT", p.p)) && !(b.sym == "A" && strings.Contains("mµμnpk", p.p)) && !(b.sym == "K" && p.p == "m") && !(b.sym == "T" && (p.p == "m" || p.p == "µ" || p.p == "μ" || p.p == "n")) {
					continue
				}
			}
			if _, ok := symbolUnits[sym]; ok {
				continue
			}
			u := unitInfo{unit: sym, kind: b.kind}
			if b.kind != Other && b.kind != Temperature {
				u.si, u.siUnit = p.f*b.f, b.siUnit
			} else if b.kind == Other && b.f != 0 {
				u.si, u.siUnit = p.f*b.f, b.siUnit
			}
			if b.kind == Temperature {
				u = canon["K"]
			}
			symbolUnits[sym] = u
		}
	}
	// Atto-litres, -grams, -seconds and -metres are spelt like the words "al" (the Arabic
	// article: "three al-Shabaab fighters"), "ag", "as" and "am", and exa-litres, -metres and
	// -seconds like "El", "Em" and "Es" ("88 El Hussein missiles"): all but never measured.
	for _, sym := range []string{"al", "ag", "as", "am", "El", "Em", "Es"} {
		delete(symbolUnits, sym)
	}
	// Prefixed forms whose canonical name differs from the symbol.
	for sym, c := range map[string]string{"µm": "um", "μm": "um", "µg": "ug", "μg": "ug", "L": "l", "mL": "ml",
		"µs": "us", "μs": "us", "kl": "m3", "Ms": "Ms"} {
		if u, ok := canon[c]; ok {
			symbolUnits[sym] = u
		}
	}
	for sym, c := range map[string]string{
		"km": "km", "m": "m", "cm": "cm", "mm": "mm", "nm": "nm", "dm": "dm", "kg": "kg", "g": "g", "mg": "mg",
		"t": "t", "l": "l", "ml": "ml", "ms": "ms", "ft": "ft", "yd": "yd", "mi": "mi", "NM": "nmi", "nmi": "nmi",
		"AU": "AU", "au": "AU", "ly": "ly", "Å": "Å", "lb": "lb", "lbs": "lb", "oz": "oz", "gal": "gal", "bbl": "bbl",
		"ha": "ha", "h": "hour", "hr": "hour", "hrs": "hour", "min": "minute", "mins": "minute", "s": "second",
		"sec": "second", "secs": "second", "d": "day", "wk": "week", "wks": "week", "yr": "year", "yrs": "year",
		"y": "year", "kph": "km/h", "mph": "mph", "kn": "kn", "kts": "kn", "K": "K", "%": "percent", "‰": "‰",
		"ppm": "ppm", "ppb": "ppb", "°C": "degC", "℃": "degC", "ºC": "degC", "°F": "degF", "℉": "degF", "ºF": "degF",
		"°": "deg", "º": "deg", "cc": "cm3", "Ma": "Ma", "ka": "ka", "Ga": "Ga", "kyr": "kyr", "Myr": "Myr", "Gyr": "Gyr",
		"sq": "", "km²": "km2", "m²": "m2", "cm²": "cm2", "mm²": "mm2", "mi²": "mi2", "ft²": "ft2", "km³": "km3",
		"m³": "m3", "cm³": "cm3", "ft³": "ft3", "yd³": "yd3", "mi³": "mi3", "hp": "hp", "shp": "hp", "bhp": "hp", "mbar": "mbar", "inHg": "inHg",
	} {
		if c == "" {
			continue
		}
		u, ok := canon[c]
		if !ok {
			u = unitInfo{unit: c, kind: Other}
		}
		symbolUnits[sym] = u
	}
	for _, s := range []string{"rpm", "dpi", "Mb", "kb", "kbp", "Mbp", "pH", "wt%", "vol%", "at%", "mol%", "M⊕", "M⊙", "M☉",
		"R⊕", "MVA", "kVA", "mmHg", "psi", "lbf", "kN", "Pa", "GPa", "MPa", "kPa", "hPa", "cd", "kcal", "kWh", "MWh", "GWh", "TWh",
		"µB", "μB", "IU", "U", "mAh", "Tbps", "Gbps", "Mbps", "kbps", "bps", "fps", "kDa", "Gauss", "G"} {
		if _, ok := symbolUnits[s]; !ok {
			symbolUnits[s] = unitInfo{unit: s, kind: Other}
			if c, ok := canon[s]; ok {
				symbolUnits[s] = c // "psi", which converts to pascals
			}
		}
	}
	for sym, c := range map[string]string{"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "元": "CNY", "₡": "CRC",
		"₾": "GEL", "₭": "LAK", "₹": "INR", "₽": "RUB", "₩": "KRW", "₺": "TRY", "₴": "UAH", "₪": "ILS", "₦": "NGN",
		"₱": "PHP", "₫": "VND", "₸": "KZT", "₮": "MNT", "₼": "AZN"} {
		symbolUnits[sym] = unitInfo{unit: c, kind: Money}
		canon[c] = unitInfo{unit: c, kind: Money}
	}
	delete(symbolUnits, "in")
	delete(symbolUnits, "as")
	delete(symbolUnits, "am")
	delete(symbolUnits, "at")
	delete(symbolUnits, "a")
	delete(symbolUnits, "A")
	delete(symbolUnits, "Pm")
	delete(symbolUnits, "Ts")
	delete(symbolUnits, "Es")
	delete(symbolUnits, "Gs")
	delete(symbolUnits, "ps")
	delete(symbolUnits, "ds")
	delete(symbolUnits, "fm")
	delete(symbolUnits, "ya")
	delete(symbolUnits, "ns")
	symbolUnits["ns"] = canon["ns"]
	delete(symbolUnits, "us")
	delete(symbolUnits, "Ms")

	addWords("km2", "square kilometers", "square kilometres", "square kilometer", "square kilometre", "sq km", "sq. km",
		"sq km.", "square km", "sqkm", "km sq", "kilometers squared", "kilometres squared")
	addWords("m2", "square meters", "square metres", "square meter", "square metre", "sq m", "sq. m", "square m",
		"sqm", "meters squared", "metres squared")
	addWords("mi2", "square miles", "square mile", "sq mi", "sq. mi", "sq mi.", "sq. mi.", "sq miles", "sq. miles")
	addWords("ft2", "square feet", "square foot", "sq ft", "sq. ft", "sq. ft.", "sq ft.", "sqft")
	addWords("yd2", "square yards", "square yard")
	addWords("cm2", "square centimeters", "square centimetres", "square centimeter", "square centimetre")
	addWords("nmi2", "square nautical miles", "square nautical mile")
	addWords("ha", "hectares", "hectare", "ha")
	addWords("acre", "acres", "acre")
	addWords("km3", "cubic kilometers", "cubic kilometres", "cubic kilometer", "cubic kilometre", "km cubed")
	addWords("m3", "cubic meters", "cubic metres", "cubic meter", "cubic metre")
	addWords("cm3", "cubic centimeters", "cubic centimetres", "cubic centimeter", "cubic centimetre")
	addWords("ft3", "cubic feet", "cubic foot", "cu ft", "cu. ft.")
	addWords("mi3", "cubic miles", "cubic mile", "cu mi")
	addWords("yd3", "cubic yards", "cubic yard", "cu yd", "cu. yd.")
	addWords("in3", "cubic inches", "cubic inch", "cu in.", "cu. in.")
	addWords("km", "kilometers", "kilometres", "kilometer", "kilometre", "km", "kms", "klicks")
	addWords("m", "meters", "metres", "meter", "metre")
	addWords("cm", "centimeters", "centimetres", "centimeter", "centimetre")
	addWords("mm", "millimeters", "millimetres", "millimeter", "millimetre")
	addWords("um", "micrometers", "micrometres", "micrometer", "micrometre", "microns", "micron")
	addWords("nm", "nanometers", "nanometres", "nanometer", "nanometre")
	addWords("mi", "miles", "mile", "statute miles")
	addWords("nmi", "nautical miles", "nautical mile", "nmi")
	addWords("ft", "feet", "foot", "ft", "linear feet", "linear foot", "linear ft")
	addWords("in", "inches", "inch")
	addWords("yd", "yards", "yard", "yds")
	addWords("fathom", "fathoms", "fathom")
	addWords("AU", "astronomical units", "astronomical unit")
	addWords("ly", "light years", "light-years", "light year", "light-year", "lightyears")
	addWords("kg", "kilograms", "kilogrammes", "kilogram", "kilogramme", "kilos", "kilo", "kg", "kgs")
	addWords("g", "grams", "grammes", "gram", "gramme")
	addWords("mg", "milligrams", "milligram", "milligrammes", "milligramme")
	addWords("ug", "micrograms", "microgram", "microgrammes", "microgramme")
	addWords("t", "tonnes", "tonne", "metric tons", "metric ton", "metric tonnes", "metric tonne")
	addWords("ton", "tons", "ton", "short tons", "short ton", "stons", "ston")
	addWords("long-ton", "long tons", "long ton")
	addWords("dwt", "deadweight tons", "deadweight ton", "deadweight tonnes", "deadweight tonne", "dwt",
		"deadweight tonnage", "tons deadweight", "tonnes deadweight")
	addWords("count:TEU", "teu", "teus", "twenty-foot equivalent units", "twenty-foot equivalent unit")
	addWords("kt", "kilotons", "kiloton", "kilotonnes", "kilotonne")
	addWords("Mt", "megatons", "megaton", "megatonnes", "megatonne")
	addWords("lb", "pounds", "pound", "lbs", "lb")
	addWords("MTON", "measurement tons", "measurement ton", "mtons", "mton")
	addWords("oz", "ounces", "ounce", "oz")
	addWords("l", "liters", "litres", "liter", "litre")
	addWords("ml", "milliliters", "millilitres", "milliliter", "millilitre")
	addWords("kL", "kiloliters", "kilolitres", "kiloliter", "kilolitre")
	addWords("ML", "megaliters", "megalitres", "megaliter", "megalitre")
	addWords("GL", "gigaliters", "gigalitres", "gigaliter", "gigalitre")
	addWords("dl", "deciliters", "decilitres", "deciliter", "decilitre")
	addWords("cl", "centiliters", "centilitres", "centiliter", "centilitre")
	addWords("gal", "gallons", "gallon", "gal")
	addWords("bbl", "barrels", "barrel", "bbl")
	addWords("acre-ft", "acre-feet", "acre-foot", "acre feet", "acre foot")
	addWords("cfs", "cfs", "cusecs", "cusec")
	addWords("cumecs", "cumecs", "cumec")
	addWords("kWh", "kilowatt-hours", "kilowatt-hour", "kilowatt hours", "kilowatt hour")
	addWords("MWh", "megawatt-hours", "megawatt-hour", "megawatt hours", "megawatt hour")
	addWords("GWh", "gigawatt-hours", "gigawatt-hour", "gigawatt hours", "gigawatt hour")
	addWords("qt", "quarts", "quart")
	addWords("fl oz", "fluid ounces", "fluid ounce", "fl oz", "fl. oz.")
	addWords("psi", "pounds per square inch", "pound per square inch", "psi")
	addWords("lbf", "pounds of thrust", "pound of thrust", "pounds-force", "pound-force", "pounds force", "lbf")
	addWords("kN", "kilonewtons", "kilonewton", "kilonewtons of thrust")
	addWords("kPa", "kilopascals", "kilopascal")
	addWords("J", "joules", "joule")
	addWords("kJ", "kilojoules", "kilojoule")
	addWords("MJ", "megajoules", "megajoule")
	addWords("GJ", "gigajoules", "gigajoule")
	addWords("MPa", "megapascals", "megapascal")
	addWords("pt", "pints", "pint")
	addWords("second", "seconds", "second", "secs", "sec")
	addWords("minute", "minutes", "minute", "mins", "min")
	addWords("hour", "hours", "hour", "hrs", "hr")
	addWords("day", "days", "day")
	addWords("week", "weeks", "week", "wks")
	addWords("month", "months", "month", "mos")
	addWords("year", "years", "year", "yrs", "yr", "years old", "year old", "years of age", "year of age", "yo",
		"y.o", "year-old", "years-old", "year-olds", "year olds")
	addWords("month", "months old", "month old", "months of age", "month-old", "month-olds")
	addWords("week", "weeks old", "week old", "weeks of age", "week-old")
	addWords("day", "days old", "day old", "days of age", "day-old")
	addWords("day", "nights", "night")
	addWords("week", "fortnights", "fortnight")
	addWords("day", "weekends", "weekend")
	for _, w := range []string{"fortnights", "fortnight", "weekends", "weekend"} {
		wordScale[w] = 2
	}
	addWords("cup", "cups", "cup")
	addWords("tbsp", "tablespoons", "tablespoon", "tbsp")
	addWords("tsp", "teaspoons", "teaspoon", "tsp")
	addWords("decade", "decades", "decade")
	addWords("century", "centuries", "century")
	addWords("ms", "milliseconds", "millisecond")
	addWords("us", "microseconds", "microsecond")
	addWords("ns", "nanoseconds", "nanosecond")
	addWords("km/h", "kilometers per hour", "kilometres per hour", "kilometer per hour", "kilometre per hour",
		"km per hour", "km/h", "km/hr", "kph", "kmh", "kilometers an hour", "kilometres an hour",
		"kilometer an hour", "kilometre an hour", "km an hour")
	addWords("mph", "miles per hour", "mile per hour", "mph", "miles an hour", "mile an hour")
	addWords("m/s", "meters per second", "metres per second", "meter per second", "metre per second",
		"meters a second", "metres a second")
	addWords("km/s", "kilometers per second", "kilometres per second")
	addWords("kn", "knots", "knot", "kts")
	addWords("degC", "degrees celsius", "degree celsius", "degrees centigrade", "celsius", "centigrade",
		"degrees c", "deg c", "° c", "º c", "°c", "celcius", "centigrate")
	addWords("degF", "degrees fahrenheit", "degree fahrenheit", "fahrenheit", "farenheit", "degrees f", "deg f",
		"° f", "°f")
	addWords("K", "kelvin", "kelvins", "degrees kelvin")
	addWords("deg", "degrees", "degree", "deg")
	addWords("percent", "percent", "percentage", "percents", "per cent", "pct", "per-cent")
	addWords("percentage-point", "percentage points", "percentage point")
	addWords("ppm", "parts per million", "part per million")
	addWords("ppb", "parts per billion", "part per billion")
	addWords("ppt", "parts per trillion", "part per trillion") // not the symbol "ppt", which is also parts per thousand
	addWords("AUD", "australian dollars", "australian dollar")
	addWords("CAD", "canadian dollars", "canadian dollar")
	addWords("TRY", "turkish lira", "turkish liras", "lira")
	addWords("USD", "dollars", "dollar", "usd", "us dollars", "us dollar", "u.s. dollars", "american dollars", "bucks")
	addWords("EUR", "euros", "euro", "eur")
	addWords("GBP", "pounds sterling", "pound sterling", "sterling", "gbp", "british pounds", "quid")
	addWords("JPY", "yen", "jpy", "japanese yen")
	addWords("CNY", "yuan", "renminbi", "cny", "rmb", "chinese yuan")
	addWords("INR", "indian rupees")
	addWords("Rupee", "rupees", "rupee")
	addWords("RUB", "rubles", "roubles", "ruble", "rouble", "rub")
	addWords("MXN", "mexican pesos", "mxn")
	addWords("Peso", "pesos", "peso")
	addWords("Franc", "francs", "franc")
	addWords("CHF", "swiss francs", "chf")
	addWords("Peseta", "pesetas", "peseta")
	addWords("EUR-cent", "euro cents", "euro cent", "eurocents", "eurocent")
	addWords("USD-cent", "cents", "cent")
	addWords("GBP-pence", "pence", "pennies", "penny")
	addWords("Bitcoin", "bitcoins", "bitcoin", "btc")
	addWords("IQD", "iraqi dinars", "dinars", "dinar")
	addWords("XOF", "cfa francs", "cfa franc", "francs cfa", "west african cfa francs", "cfa") // the West and Central African francs are at par
	addWords("NGN", "naira", "nairas", "nigerian naira")
	addWords("IDR", "rupiah", "rupiahs", "indonesian rupiah")
	addWords("THB", "baht", "thai baht", "thb")
	addWords("MYR", "ringgit", "ringgits", "malaysian ringgit", "myr")
	addWords("VND", "vietnamese dong", "vnd") // not "dong" alone, a word of Vietnamese and Korean place names
	addWords("MMK", "kyat", "kyats", "myanmar kyat")
	addWords("KHR", "riel", "riels", "cambodian riel")
	addWords("BDT", "taka", "bangladeshi taka")
	addWords("UGX", "ugandan shillings", "ugandan shilling")
	addWords("KES", "kenyan shillings", "kenyan shilling")
	addWords("TZS", "tanzanian shillings", "tanzanian shilling")
	addWords("SOS", "somali shillings", "somali shilling")
	addWords("SSP", "south sudanese pounds", "south sudanese pound")
	addWords("SDG", "sudanese pounds", "sudanese pound")
	addWords("PLN", "zloty", "zlotys", "złoty", "złotys", "zlotych", "złotych", "pln")
	addWords("SEK", "kronor", "swedish kronor", "swedish krona", "sek")
	addWords("NOK", "norwegian kroner", "norwegian krone", "nok")
	addWords("DKK", "danish kroner", "danish krone", "dkk")
	addWords("ISK", "icelandic kronur", "icelandic krona", "icelandic krónur", "icelandic króna", "isk")
	// the Balkans' currencies (a bare "dinars" stays Iraqi, "KM" kilometres)
	addWords("BAM", "convertible marks", "convertible mark", "bosnian convertible marks", "bam")
	addWords("DEM", "deutsche marks", "deutsche mark", "deutschmarks", "deutschmark", "german marks")
	addWords("MKD", "denars", "denar", "macedonian denars", "mkd")
	addWords("ALL", "leks", "albanian leks", "albanian lek")
	addWords("HRK", "kuna", "kunas", "croatian kuna", "hrk")
	addWords("RSD", "serbian dinars", "serbian dinar", "rsd")
	addWords("Krone", "kroner", "krone")
	addWords("ILS", "shekels", "shekel", "new israeli shekels", "ils")
	// the Pacific islands' currencies
	addWords("PGK", "kina", "pgk")
	addWords("TOP", "pa'anga", "paʻanga")
	addWords("FJD", "fijian dollars", "fiji dollars", "fjd")
	addWords("SBD", "solomon islands dollars", "sbd")
	addWords("KRW", "south korean won", "korean won", "krw")
	addWords("TWD", "new taiwan dollars", "new taiwan dollar", "taiwan dollars", "twd")
	addWords("UAH", "hryvnias", "hryvnia", "hryvnas", "uah")
	// the currencies of the Middle East and Africa by name (a dinar, rial or riyal, dirham,
	// pound or kwacha alone is one country's only where the word is that country's alone: a
	// dinar alone stays Iraq's)
	addWords("SAR", "saudi riyals", "saudi riyal", "riyals", "riyal")
	addWords("QAR", "qatari riyals", "qatari riyal")
	addWords("IRR", "iranian rials", "iranian rial", "rials", "rial")
	addWords("OMR", "omani rials", "omani rial")
	addWords("YER", "yemeni rials", "yemeni rial")
	addWords("AED", "emirati dirhams", "emirati dirham", "uae dirhams", "uae dirham", "dirhams", "dirham")
	addWords("MAD", "moroccan dirhams", "moroccan dirham")
	addWords("EGP", "egyptian pounds", "egyptian pound")
	addWords("LBP", "lebanese pounds", "lebanese pound")
	addWords("SYP", "syrian pounds", "syrian pound")
	addWords("TND", "tunisian dinars", "tunisian dinar")
	addWords("LYD", "libyan dinars", "libyan dinar")
	addWords("DZD", "algerian dinars", "algerian dinar")
	addWords("JOD", "jordanian dinars", "jordanian dinar")
	addWords("KWD", "kuwaiti dinars", "kuwaiti dinar")
	addWords("BHD", "bahraini dinars", "bahraini dinar")
	addWords("AFN", "afghanis", "afghani")
	addWords("PKR", "pakistani rupees", "pakistani rupee")
	addWords("LKR", "sri lankan rupees", "sri lankan rupee")
	addWords("NPR", "nepalese rupees", "nepalese rupee", "nepali rupees", "nepali rupee")
	addWords("MVR", "rufiyaa", "maldivian rufiyaa")
	addWords("BTN", "ngultrum", "bhutanese ngultrum")
	addWords("GHS", "cedis", "cedi", "ghanaian cedis", "ghana cedis")
	addWords("DJF", "djiboutian francs", "djibouti francs", "djiboutian franc")
	addWords("ETB", "birr", "ethiopian birr")
	addWords("MGA", "ariary", "malagasy ariary")
	addWords("MZN", "meticais", "metical", "mozambican meticais", "mozambican metical")
	addWords("BWP", "botswana pula")
	addWords("ZMW", "zambian kwacha")
	addWords("MWK", "malawian kwacha")
	addWords("ZAR", "south african rand", "south african rands")
	addWords("RON", "lei", "romanian lei", "leu", "romanian leu")
	addWords("BGN", "leva", "bulgarian leva", "bulgarian lev")
	addWords("HUF", "forints", "forint", "hungarian forints")
	// the Caribbean's and Latin America's currencies by name
	addWords("VES", "bolivars", "bolivar", "bolívars", "bolívar", "bolívares", "bolivares", "venezuelan bolivars")
	addWords("PAB", "balboas", "balboa", "panamanian balboas")
	addWords("TTD", "trinidad and tobago dollars", "trinidad and tobago dollar", "trinidadian dollars")
	addWords("JMD", "jamaican dollars", "jamaican dollar")
	addWords("DOP", "dominican pesos", "dominican peso")
	addWords("COP", "colombian pesos", "colombian peso")
	addWords("CUP", "cuban pesos", "cuban peso")
	addWords("HTG", "gourdes", "gourde", "haitian gourdes")
	addWords("BRL", "reais", "brazilian reais") // not "real", an adjective
	// Central Asia's and the South Caucasus's currencies ("som" and "manat" alone are each two
	// countries'; "dram" alone is also a weight, so Armenia's needs its name)
	addWords("KZT", "tenge", "kazakh tenge", "kazakhstani tenge", "kzt")
	addWords("GEL", "lari", "georgian lari", "gel")
	addWords("TJS", "somoni", "tajik somoni", "tajikistani somoni", "tjs")
	addWords("AMD", "armenian drams", "armenian dram", "amd")
	addWords("AZN", "azerbaijani manats", "azerbaijani manat", "azn")
	addWords("TMT", "turkmen manats", "turkmen manat", "tmt")
	addWords("UZS", "uzbek soms", "uzbek som", "uzbekistani som", "uzs")
	addWords("KGS", "kyrgyz soms", "kyrgyz som", "kgs")
	addWords("Manat", "manats", "manat")
	addWords("Som", "soms", "som")
	addWords("CZK", "koruna", "korunas", "czech koruna", "czech crowns")
	addWords("B", "bytes", "byte")
	addWords("kB", "kilobytes", "kilobyte")
	addWords("MB", "megabytes", "megabyte")
	addWords("GB", "gigabytes", "gigabyte")
	addWords("TB", "terabytes", "terabyte")
	addWords("PB", "petabytes", "petabyte")
	addWords("EB", "exabytes", "exabyte")
	addWords("bit", "bits")
	addWords("kbit", "kilobits", "kilobit")
	addWords("Mbit", "megabits", "megabit")
	addWords("Gbit", "gigabits", "gigabit")
	addWords("Tbit", "terabits", "terabit")
	addWords("bps", "bits per second", "bit per second")
	addWords("kbps", "kilobits per second", "kilobit per second")
	addWords("Mbps", "megabits per second", "megabit per second")
	addWords("Gbps", "gigabits per second", "gigabit per second")
	addWords("Tbps", "terabits per second", "terabit per second")
	addWords("W", "watts", "watt")
	addWords("kW", "kilowatts", "kilowatt")
	addWords("MW", "megawatts", "megawatt")
	addWords("GW", "gigawatts", "gigawatt")
	addWords("V", "volts", "volt")
	addWords("kV", "kilovolts", "kilovolt")
	addWords("Hz", "hertz")
	addWords("J", "joules", "joule")
	addWords("kcal", "calories", "calorie") // the food calorie of rations and diets; "cal" stays the small one
	addWords("kcal", "kilocalories", "kilocalorie")
	addWords("hp", "horsepower", "shaft horsepower", "brake horsepower")
	addWords("hPa", "hectopascals", "hectopascal")
	addWords("mbar", "millibars", "millibar")
	addWords("inHg", "inches of mercury")
	// radiation doses (the symbols come with the SI prefixes: "400 mSv/h")
	addWords("Sv", "sieverts", "sievert")
	addWords("mSv", "millisieverts", "millisievert")
	addWords("µSv", "microsieverts", "microsievert")
	addWords("Gy", "grays")
	addWords("mGy", "milligrays", "milligray")
	addWords("rem", "rem", "rems")
	addWords("mrem", "millirem", "millirems")
	addWords("times", "times")
	addWords("fold", "fold")
	for _, u := range []string{"Peso", "Franc", "Peseta", "Rupee", "Krone", "Bitcoin", "Manat", "Som"} {
		canon[u] = unitInfo{unit: u, kind: Money}
	}
	canon["times"] = unitInfo{unit: "times", kind: Other}
	canon["fold"] = unitInfo{unit: "fold", kind: Other}
}

// lookupUnit returns the unit information of a canonical unit.
func lookupUnit(c string) unitInfo {
	if u, ok := canon[c]; ok {
		return u
	}
	if u, ok := symbolUnits[c]; ok {
		return u
	}
	return unitInfo{unit: c, kind: Other}
}

// Number words.
type numWord struct {
	v    float64
	kind byte // 'u' unit 0-19, 't' tens, 'h' hundred, 'm' multiplier (thousand, million ...), 'd' dozen
}

var numberWords = map[string]numWord{
	"zero": {0, 'u'}, "one": {1, 'u'}, "two": {2, 'u'}, "three": {3, 'u'}, "four": {4, 'u'}, "five": {5, 'u'},
	"six": {6, 'u'}, "seven": {7, 'u'}, "eight": {8, 'u'}, "nine": {9, 'u'}, "ten": {10, 'u'}, "eleven": {11, 'u'},
	"twelve": {12, 'u'}, "thirteen": {13, 'u'}, "fourteen": {14, 'u'}, "fifteen": {15, 'u'}, "sixteen": {16, 'u'},
	"seventeen": {17, 'u'}, "eighteen": {18, 'u'}, "nineteen": {19, 'u'}, "twenty": {20, 't'}, "thirty": {30, 't'},
	"forty": {40, 't'}, "fourty": {40, 't'}, "fifty": {50, 't'}, "sixty": {60, 't'}, "seventy": {70, 't'},
	"eighty": {80, 't'}, "ninety": {90, 't'}, "hundred": {100, 'h'}, "thousand": {1e3, 'm'}, "million": {1e6, 'm'},
	"billion": {1e9, 'm'}, "trillion": {1e12, 'm'}, "dozen": {12, 'd'}, "dozens": {12, 'd'},
	"lakh": {1e5, 'm'}, "crore": {1e7, 'm'},
	"hundreds": {100, 'h'}, "thousands": {1e3, 'm'}, "millions": {1e6, 'm'}, "billions": {1e9, 'm'},
}

// fractionWords are denominators after a number word: "two thirds", "one and a half".
var fractionWords = map[string]float64{
	"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
	"fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
	"ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10, "hundredth": 100, "hundredths": 100,
	"thousandth": 1e3, "thousandths": 1e3, "millionth": 1e6, "millionths": 1e6, "billionth": 1e9,
	"billionths": 1e9, "trillionth": 1e12, "trillionths": 1e12,
}

// qualifiers, keyed by their lower-case written form (one or two words), with the canonical name.
var qualifiers = map[string]string{
	"about": "about", "approximately": "approximately", "approx.": "approximately", "approx": "approximately",
	"nearly": "nearly", "almost": "almost", "more than": "more-than", "over": "over", "at least": "at-least",
	"up to": "up-to", "some": "some", "fewer than": "fewer-than", "less than": "less-than", "roughly": "roughly",
	"around": "around", "an estimated": "estimated", "estimated": "estimated", "under": "under", "at most": "at-most",
	"no more than": "at-most", "greater than": "more-than", "higher than": "more-than", "lower than": "less-than",
	"above": "over", "below": "under", "circa": "about", "ca.": "about", "c.": "about", "just over": "over",
	"just under": "under", "close to": "nearly", "as many as": "up-to", "as much as": "up-to", "well over": "over",
	"as little as": "at-least", "as few as": "at-least", "as low as": "at-least", // the least it came to
	"as short as": "at-least", "as close as": "at-least", "as near as": "at-least",
	"in excess of": "more-than", "upwards of": "more-than", "between": "between", "~": "about", "∼": "about",
	"≈": "about", ">": "more-than", "<": "less-than", "≥": "at-least", "≤": "at-most", "≳": "at-least",
	"≲": "at-most", "nearly all": "", "only": "", "not to exceed": "at-most",
	"no fewer than": "at-least", "no less than": "at-least", "not less than": "at-least",
	"not more than": "at-most", "upward of": "more-than", "north of": "more-than", "south of": "less-than",
	"on the order of": "about", "in the order of": "about", "in the neighborhood of": "about",
	"in the neighbourhood of": "about", "in the region of": "about",
	"in the ballpark of": "about", "in the vicinity of": "about", "to the tune of": "about",
	"faster than": "more-than", "beyond": "more-than",
	"inside": "up-to", "inside of": "up-to", "closer than": "less-than", "nearer than": "less-than",
	"shallower than": "less-than", "deeper than": "more-than",
	"a little over": "over", "a little more than": "more-than", "a little under": "under", "a little less than": "less-than",
	"a bit over": "over", "a bit more than": "more-than", "a bit under": "under", "a bit less than": "less-than",
	"slightly over": "over", "slightly more than": "more-than", "slightly under": "under", "slightly less than": "less-than",
	"slightly fewer than": "fewer-than", "a little fewer than": "fewer-than",
	"out to": "up-to", "slower than": "less-than",
	"something like": "about", "somewhere around": "about", "somewhere near": "about", "just shy of": "nearly",
	"a maximum": "at-most", "a maximum of": "at-most", "maximum of": "at-most", "a ceiling": "at-most",
	"a ceiling of": "at-most", "a minimum of": "at-least", "minimum of": "at-least",
	"a maximum value of": "at-most", "maximum value of": "at-most", "a minimum guarantee of": "at-least",
	"minimum guarantee of": "at-least", "a minimum value of": "at-least", "minimum value of": "at-least",
	"within":     "up-to", // "within 12 nautical miles of the island", "within 72 hours"
	"exceeding":  "more-than",
	"exceed":     "more-than",                                                                                                                 // "holdings exceed 585,000 facilities"
	"not exceed": "at-most", "never exceed": "at-most", "cannot exceed": "at-most", "not longer than": "at-most", "no longer than": "at-most", // "may not exceed 30,000 tons"
	"tops":     "more-than",                                                  // "the workforce tops 25,000"
	"exceeds":  "more-than",                                                  // "costs exceeding $1.1 billion"
	"exceeded": "more-than", "surpassed": "more-than", "topped": "more-than", // "aid exceeded $2 billion"
	"near":       "nearly", // "a fatality rate near 60 percent"
	"as high as": "up-to", "as far as": "up-to", "as long as": "up-to", "as deep as": "up-to", "as wide as": "up-to", "as tall as": "up-to",
	"as large as": "up-to", "as big as": "up-to", "as heavy as": "up-to", "as thick as": "up-to", "as fast as": "up-to", // "waves as high as 40 metres"
	"longer than": "more-than", "shorter than": "less-than", "older than": "more-than", "younger than": "less-than", // "took longer than 30 days"
	"larger than": "more-than", "smaller than": "less-than", "bigger than": "more-than", "wider than": "more-than",
	"heavier than": "more-than", "farther than": "more-than", "further than": "more-than",
	"under the age of": "under", "over the age of": "over", // "children under the age of 12"
	"no higher than": "at-most", "no greater than": "at-most", "no larger than": "at-most", "not higher than": "at-most",
	"not greater than": "at-most", "no lower than": "at-least", "not lower than": "at-least", "closer to": "nearly",
	"no wider than": "at-most", "no deeper than": "at-most", "no taller than": "at-most", "no bigger than": "at-most",
	"no heavier than": "at-most", "no farther than": "at-most", "no further than": "at-most", "no thicker than": "at-most",
}

// months are month names and abbreviations; a number next to one is part of a date.
var months = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true, "jan": true,
	"feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true,
}

// designators are words that make the number after them a name ("Task Force 51", "Resolution 2254").
var designators = map[string]bool{
	"force": true, "resolution": true, "article": true, "section": true, "chapter": true, "paragraph": true,
	"route": true, "highway": true, "flight": true, "brigade": true, "division": true, "battalion": true,
	"regiment": true, "squadron": true, "wing": true, "fleet": true, "corps": true, "group": true, "unit": true,
	"camp": true, "hill": true, "spc": true, "spc.": true, "specialist": true, "phase": true, "tranche": true, "room": true, "building": true, "no": true, "no.": true,
	"number": true, "nos": true, "fig": true, "fig.": true, "figure": true, "figs": true, "table": true,
	"tab": true, "eq": true, "eq.": true, "equation": true, "ref": true, "refs": true, "step": true,
	"level": true, "station": true, "gate": true, "pier": true, "lot": true, "suite": true, "apartment": true,
	"appendix": true, "annex": true, "vol": true, "vol.": true, "volume": true, "page": true, "p.": true,
	"pp.": true, "pp": true, "slide": true, "exhibit": true, "enclosure": true, "attachment": true,
	"detachment": true, "marker": true, "runway": true, "hangar": true, "bay": true, "checkpoint": true, "exit": true,
	"tower": true, "berth": true, "objective": true, "pad": true, "version": true, "v": true, "v.": true, "grade": true, "type": true, "model": true, "mark": true,
	"mk": true, "port": true, "reactor": true, "dial": true, "press": true, "sector": true, "zone": true, "terminal": true, "platform": true, "company": true, "platoon": true,
	"army": true, "district": true, "block": true, "precinct": true, "exercise": true, "lane": true, "line": true,
	"rule": true, "title": true, "act": true, "item": true, "clause": true, "sec.": true, "art.": true,
	"issue": true, "episode": true, "series": true, "stage": true, "round": true, "game": true,
	"week": true, "day": true, "year": true, "ch.": true, "ward": true, "tier": true, "task": true,
	"claim": true, "claims": true, "equations": true, "figures": true, "ring": true, "eqn": true, "eqs.": true,
	"lemma": true, "theorem": true, "proposition": true, "corollary": true, "definition": true, "note": true,
	"footnote": true, "season": true, "embodiment": true, "example": true, "sample": true, "patient": true,
	"month": true, "simulation": true, "simulations": true, "solution": true, "score": true, "scores": true,
	"class": true, "classes": true, "expression": true, "expressions": true, "case": true, "cases": true,
	"scenario": true, "run": true, "trial": true, "experiment": true, "seasons": true, "strand": true,
	"strands": true, "option": true, "plan": true, "grid": true, "box": true, "point": true, "points": true,
	"ext": true, "ext.": true, "interstate": true, "code": true, "mission": true, "base": true, "hull": true,
	"barracks": true, "bldg": true, "bldg.": true,
}

// stopWords end a counted noun phrase ("seven strikes in Iraq").
var stopWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an the this that these those some any each every all both no none
		in of on at to for from by with into onto over under about after before during since until against among
		between through across per via within without along around near than like as upon off out up down
		and or but nor so yet if when while because whereas although though where wherever whenever why how
		it its they them their he she his her we our you your i me my us who which what whom whose
		is are was were be been being has have had do does did will would can cannot could may might must shall should
		said says say told reported according more most less least other another such same very too not then
		there here now also just only even still again ago later earlier each per cent percent instead apiece
		times fold way ways thing things lot lots kind kinds sort sorts part parts out yes
		aboard onboard airborne aloft afloat ashore abroad overhead alone itself himself herself themselves altogether once unless rather`) {
		stopWords[w] = true
	}
	buildFilters() // now that the tables are complete
}

// irregular plurals and their lemmas.
var irregular = map[string]string{
	"corps":  "corps", // "two corps"
	"people": "person", "townspeople": "townsperson", "tribespeople": "tribesperson", "men": "man", "women": "woman", "children": "child", "police": "police", "peshmerga": "peshmerga", "militia": "militia",
	"personnel": "personnel", "aircraft": "aircraft", "feet": "foot", "teeth": "tooth", "mice": "mouse",
	"geese": "goose", "staff": "staff", "sheep": "sheep", "fish": "fish", "deer": "deer",
	"salmon": "salmon", "trout": "trout", "sturgeon": "sturgeon", "bison": "bison", "moose": "moose", "elk": "elk",
	"criteria": "criterion", "vertebrae": "vertebra", "larvae": "larva", "antennae": "antenna", "formulae": "formula", "nebulae": "nebula", "servicemen": "serviceman", "servicewomen": "servicewoman",
	"militiamen": "militiaman", "gunmen": "gunman", "policemen": "policeman", "crewmen": "crewman",
	"series": "series", "species": "species", "civilians": "civilian", "watercraft": "watercraft",
	"craft": "craft", "diagnoses": "diagnosis", "prognoses": "prognosis", "syntheses": "synthesis",
	"headquarters": "headquarters", "barracks": "barracks", "crossroads": "crossroads", "means": "means",
	"crew": "crew", "aircrew": "aircrew", "groundcrew": "groundcrew", "courts-martial": "court-martial", "cannon": "cannon", "dead": "dead",
	"spacecraft": "spacecraft", "hovercraft": "hovercraft", "oxen": "ox", "lives": "life", "wives": "wife",
	"knives": "knife", "wolves": "wolf", "halves": "half", "shelves": "shelf", "leaves": "leaf",
	"thieves": "thief", "loaves": "loaf", "selves": "self", "calves": "calf", "analyses": "analysis",
	"crises": "crisis", "bases": "base", "theses": "thesis", "hypotheses": "hypothesis", "axes": "axis",
	"phenomena": "phenomenon", "indices": "index", "matrices": "matrix", "vertices": "vertex",
	"cacti": "cactus", "nuclei": "nucleus", "radii": "radius", "stimuli": "stimulus", "fungi": "fungus",
	"alumni": "alumnus", "dice": "die", "troops": "troop", "houses": "house", "caves": "cave",
	"graves": "grave", "drives": "drive", "archives": "archive", "lines": "line", "sites": "site",
	"vehicles": "vehicle", "missiles": "missile", "types": "type", "zones": "zone", "miles": "mile",
	"movies": "movie", "cookies": "cookie", "zombies": "zombie", "ties": "tie", "lies": "lie", "pies": "pie",
	"dies": "die", "buses": "bus", "gases": "gas", "lenses": "lens", "rupees": "rupee", "employees": "employee", "refugees": "refugee", "detainees": "detainee",
	"trainees": "trainee", "tanks": "tank", "goes": "go", "heroes": "hero", "potatoes": "potato",
	"tomatoes": "tomato", "echoes": "echo", "vetoes": "veto", "torpedoes": "torpedo",
	"sorties": "sortie", "calories": "calorie", "rookies": "rookie", "prairies": "prairie",
	"goalies": "goalie", "hoodies": "hoodie", "selfies": "selfie", "aunties": "auntie",
	"neckties": "necktie", "brownies": "brownie", "genies": "genie",
	// count nouns in -ics, which plural otherwise takes for mass nouns ("logistics", "physics")
	"clinics": "clinic", "medics": "medic", "paramedics": "paramedic", "critics": "critic",
	"topics": "topic", "relics": "relic", "antibiotics": "antibiotic", "comics": "comic",
}
