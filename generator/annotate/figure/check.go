package figure

import (
	"math"
	"strconv"
	"strings"
)

// markRestatements links each figure restated in brackets, parentheses or after a dash to the
// figure it restates, and checks the conversion.
func markRestatements(text string, figs []Figure) {
	for k := 1; k < len(figs); k++ {
		a, b := &figs[k-1], &figs[k]
		degreesScaled(text, a, b)
		fluidOunces(text, a, b)
		nauticalRestated(text, a, b)
		if a.SIUnit == "" || a.SIUnit != b.SIUnit || a.Kind != b.Kind || a.IsRange != b.IsRange || a.IsList || b.IsList {
			continue
		}
		if a.Per != b.Per && (canon[a.Per].si == 0 && a.Per != "" || canon[b.Per].si == 0 && b.Per != "") {
			continue // a cost per item is no rate per unit of time to convert
		}
		if !restateGap(text[a.End:b.Start]) && !restateGapLoose(text, *a, *b) || isVague(text, *a) || isVague(text, *b) {
			continue
		}
		if a.Unit == b.Unit && a.Per == b.Per && strings.HasSuffix(strings.TrimRight(text[a.End:b.Start], " "), "or") {
			continue // "10 days, or 20 days": another guess in the same unit, no restatement
		}
		b.Restates = k - 1
		var c Check
		if a.IsRange {
			c = checkRange(text, *a, *b) // "150 to 200 kilometers (93 to 124 miles)"
		} else {
			c = check(text, *a, *b)
		}
		b.Check = &c
		shareRestatedRate(text, a, b)
	}
}

// shareRestatedRate gives a figure and its restatement in brackets the rate written after the
// closing bracket: "270,000 pounds (about 122 metric tons) of cargo per sortie" is lb/sortie
// and t/sortie, "100,000 gallons (378,500 liters) per day" gal/day and l/day.
func shareRestatedRate(text string, a, b *Figure) {
	if a.Per != "" || b.Per != "" || b.End >= len(text) || text[b.End] != ')' && text[b.End] != ']' {
		return
	}
	per, _, ok := rateAfter(text, b.End+1, unitInfo{kind: a.Kind})
	if !ok {
		return
	}
	setRate(a, per)
	setRate(b, per)
}

// setRate makes f a rate per per (a unit of time or an item) and sets its SI value to match.
func setRate(f *Figure, per string) {
	f.Per = per
	if _, time := rateTimes[per]; time && f.SIUnit != "" && rateSIUnits[f.SIUnit] != "" {
		f.SI, f.SIUnit = f.SI/canon[per].si, rateSIUnits[f.SIUnit]
	} else {
		f.SI, f.SIUnit = 0, "" // an amount per item, or a share of time
	}
}

// nauticalRestated makes "nm" restated in kilometres, miles or metres nautical miles, not
// nanometres: "1,000 nm (1,852 km)". A nanometre is never restated so.
func nauticalRestated(text string, a, b *Figure) {
	if a.Unit != "nm" || b.Kind != Length || a.IsRange || b.IsRange || !restateGap(text[a.End:b.Start]) {
		return
	}
	switch b.Unit {
	case "km", "mi", "m":
		u := canon["nmi"]
		a.Unit, a.SI = "nmi", a.Value*u.si
	}
}

// fluidOunces makes ounces restated as a volume, or restating one, fluid ounces: "a 1-liter
// (34-ounce) canteen" is 34 fl oz, not a mass.
func fluidOunces(text string, a, b *Figure) {
	if !restateGap(text[a.End:b.Start]) || a.IsRange || b.IsRange {
		return
	}
	for _, p := range [...][2]*Figure{{a, b}, {b, a}} {
		if oz, v := p[0], p[1]; oz.Unit == "oz" && oz.Kind == Mass && v.Kind == Volume {
			u := canon["fl oz"]
			oz.Unit, oz.Kind, oz.SIUnit = "fl oz", Volume, u.siUnit
			oz.SI = oz.Value * u.si
		}
	}
}

// degreesScaled gives a temperature in degrees of no scale, restated in brackets or after a dash
// or "or" in degrees Celsius or Fahrenheit, the other scale: "above 120 degrees (49 degrees
// Celsius)" is 120 degF, "40 below zero (-40 Celsius)" -40 degF (scaledByRestatement). The
// same number restated is in the restatement's scale: "minus 20 degrees, or -20°C" is -20 degC
// (-40, the same in both, stays Fahrenheit).
func degreesScaled(text string, a, b *Figure) {
	if a.Unit != "deg" || a.Per != "" || a.IsRange || a.IsList || b.Kind != Temperature || !restateGap(text[a.End:b.Start]) {
		return
	}
	var info unitInfo
	switch {
	case a.Value == b.Value && a.Value != -40 && (b.Unit == "degC" || b.Unit == "degF"):
		info = canon[b.Unit]
	case b.Unit == "degC":
		info = canon["degF"]
	case b.Unit == "degF":
		info = canon["degC"]
	default:
		return
	}
	a.Unit, a.Kind = info.unit, info.kind
	a.SI, a.SIUnit = a.Value*info.si+info.offset, info.siUnit
}

// isVague reports whether a figure is a vague amount ("a few dozen kilometers", "several
// weeks", "a couple of days"), whose value no restatement can be checked against.
func isVague(text string, f Figure) bool {
	n := strings.ToLower(text[f.NumStart:f.NumEnd])
	for _, w := range []string{"few", "several", "couple", "a couple"} {
		if strings.HasPrefix(n, w) {
			return true
		}
	}
	return false
}

// restateGap reports whether the text between two figures introduces a restatement.
func restateGap(g string) bool {
	g = strings.Trim(g, " \t\u00a0")
	switch g {
	case "[", "(", "-", "--", "–", "—", "/", ", or", "or":
		return true
	}
	return false
}

// restateGapLoose reports whether a looser gap between two figures of different units introduces a
// restatement: a comma before a qualifier of approximation ("800 feet, about 244 meters"), or a
// word of dimension or what is measured before a bracket or a dash ("10,000 feet long (3,048
// meters)", "400 meters long [1,312 feet]", "the 25-mile-long (40-kilometer) strip", "50,000
// gallons of fuel (189,000 liters)").
func restateGapLoose(text string, a, b Figure) bool {
	if a.Unit == b.Unit || a.Per != b.Per {
		return false
	}
	g := strings.Trim(text[a.End:b.Start], " \t\u00a0")
	if g == "," {
		switch b.Qualifier {
		case "about", "approximately", "roughly", "around", "some", "nearly", "almost":
			return restateCloses(text, b.End) // not "5 miles, about 3 km of it uphill"
		}
		return false
	}
	w, rest, ok := strings.Cut(g, " ")
	if !ok {
		return false
	}
	switch strings.TrimPrefix(w, "-") { // "10,000 feet long (3,048 meters)", "the 25-mile-long (40-kilometer) strip"
	case "long", "high", "tall", "wide", "deep", "thick":
		return restateGap(rest) && restateCloses(text, b.End)
	case "of":
		// what is measured, in one or two words in lower case ("50,000
		// gallons of fuel (189,000 liters)", "60,000 pounds of food — some 27 metric tons"), a
		// determiner perhaps before them, and a comma before "or" or a qualifier of
		// approximation ("600,000 pounds of that aid, or about 272 metric tons")
		for k := 0; k < 3; k++ {
			m, r, ok := strings.Cut(rest, " ")
			comma := strings.HasSuffix(m, ",")
			m = strings.TrimSuffix(m, ",")
			if !ok && !comma || m == "" || !isLower(m[0]) || !isLetter(m[len(m)-1]) || numberOrStopWord(m) && !(k == 0 && restateDeterminers[m]) {
				return false
			}
			if comma {
				if r == "or" || r == "" && approximate(b.Qualifier) {
					return restateCloses(text, b.End)
				}
				return false
			}
			if restateGap(r) {
				return restateCloses(text, b.End) // not "3 miles of road (2 km paved)"
			}
			rest = r
		}
	}
	return false
}

// restateDeterminers may open what is measured: see restateGapLoose.
var restateDeterminers = fieldSet(`that the this its their these those`)

// approximate reports whether a qualifier makes a figure approximate.
func approximate(q string) bool {
	switch q {
	case "about", "approximately", "roughly", "around", "some", "estimated", "nearly", "almost":
		return true
	}
	return false
}

// restateCloses reports whether a restatement ending at e closes its bracket, a dash or the
// clause.
func restateCloses(text string, e int) bool {
	e = skipSpace1(text, e)
	if e < len(text) && (text[e] == ')' || text[e] == ']' || text[e] == '-' || strings.HasPrefix(text[e:], "–") || strings.HasPrefix(text[e:], "—")) {
		return true
	}
	return clauseEnd(text, e)
}

// step returns the place value of the last stated digit of a figure's number.
func stepOf(text string, f Figure) float64 {
	n, ok := parseNumber(text, f.CoreStart)
	if !ok || n.step == 0 {
		return 1
	}
	if n.words {
		return 1
	}
	return n.step
}

// spelled reports whether the number of f is written in words ("a year", "two and a half
// years"), which state no last digit to round to.
func spelled(text string, f Figure) bool {
	n, ok := parseNumber(text, f.CoreStart)
	return !ok || n.words
}

// check compares b, a restatement of a, with a converted into b's unit.
func check(text string, a, b Figure) Check {
	ua, ub := lookupUnit(a.Unit), lookupUnit(b.Unit)
	if a.Per != b.Per && a.Per != "" && b.Per != "" {
		// rates per different units of time: "1,000 liters per day (11.6 milliliters per second)"
		ua.si /= canon[a.Per].si
		ub.si /= canon[b.Per].si
	}
	conv := func(v float64) float64 { return ((v*ua.si + ua.offset) - ub.offset) / ub.si }
	exp := conv(a.Value)
	sa, sb := stepOf(text, a), stepOf(text, b)
	// a round whole number is taken as rounded, but by no more than 5% either side: the
	// restatement converts the number as stated ("1 million gallons (3.8 million liters)"), and
	// is itself rounded no more (roundStep)
	if sa > 1 && sa/2 > 0.05*math.Abs(a.Value) {
		sa = 0.1 * math.Abs(a.Value)
	}
	if sb > 1 && sb/2 > 0.05*math.Abs(b.Value) {
		sb = 0.1 * math.Abs(b.Value) // and so is the restatement: not "40,000 gallons (100,000 liters)"
	}
	// a number in words is as exact as a round one ("a year (18 months)" is no match), and a
	// restatement in words is rounded by no more than a quarter ("18 months, or two years" is
	// none; "1,000 yards (about half a mile)" is)
	if a.Value != 0 && spelled(text, a) {
		sa = 0.1 * math.Abs(a.Value)
	}
	if spelled(text, b) {
		sb = math.Min(sb, 0.25*math.Abs(b.Value))
	}
	// a restatement of three digits or more ending in a zero is rounded to its last non-zero
	// digit, by no more than 5% either side: "800 ft (240 m)" (statedStep)
	if v := math.Abs(b.Value); sb == 1 && v >= 100 && v == math.Trunc(v) {
		for s := 10.0; math.Mod(v, s) == 0 && s/2 <= 0.05*v; s *= 10 {
			sb = s
		}
	}
	// the first figure is itself rounded: its true value lies within half a step
	lo, hi := conv(a.Value-sa/2), conv(a.Value+sa/2)
	if lo > hi {
		lo, hi = hi, lo
	}
	v := b.Value
	// roundsTo: the first, converted, rounds to the stated value: within half the stated last
	// digit, or within 1% of it. Editors restate a conversion rounded to the nearest unit and then
	// prefix a qualifier loosely ("2,351 km² [at least 908 mi²]" for 907.7), so a directional
	// qualifier accepts this as well as its own direction.
	near := math.Max(sb/2, 0.01*math.Abs(v))
	roundsTo := hi >= v-near && lo <= v+near
	rel := 0.01
	ok := false
	switch b.Qualifier {
	case "", "about", "approximately", "roughly", "around", "some", "estimated":
		if b.Qualifier != "" || approximate(a.Qualifier) {
			// an approximate figure restated, or restated approximately: "about 300 miles
			// (500 kilometers)", "some 100 miles (165 kilometers)"
			rel = 0.05
		}
		tol := sb/2 + rel*math.Abs(exp)
		ok = hi >= v-tol && lo <= v+tol
	case "more-than", "over", "at-least":
		ok = hi >= v && lo <= v*1.5+sb
		if b.Qualifier != "at-least" {
			ok = ok && hi > v
		}
		ok = ok || roundsTo
	case "less-than", "fewer-than", "under", "up-to", "at-most":
		ok = lo <= v && hi >= v/1.5-sb
		if b.Qualifier == "less-than" || b.Qualifier == "fewer-than" || b.Qualifier == "under" {
			ok = ok && lo < v
		}
		ok = ok || roundsTo
	case "nearly", "almost":
		// a little under the stated value: "9,400 nautical miles (nearly 20,000 kilometers)"
		// is 17,410 km, too far under
		ok = lo <= v+sb/2 && hi >= v*0.95-sb/2 || roundsTo
	default:
		tol := sb/2 + 0.05*math.Abs(exp)
		ok = hi >= v-tol && lo <= v+tol
	}
	c := Check{OK: ok, Expected: round4(exp), Stated: v, Unit: b.Unit}
	// The message, "1083 km2 is 418.1 mi2; stated about 418 mi2", is built in one buffer.
	var buf [128]byte
	m := appendNum(buf[:0], a.Value)
	m = appendPer(append(append(m, ' '), a.Unit...), a.Per)
	m = append(m, " is "...)
	m = appendNum(m, c.Expected)
	m = appendPer(append(append(m, ' '), b.Unit...), b.Per)
	m = append(m, "; stated "...)
	for k := 0; k < len(b.Qualifier); k++ {
		if q := b.Qualifier[k]; q == '-' {
			m = append(m, ' ') // "more-than" is written "more than"
		} else {
			m = append(m, q)
		}
	}
	if b.Qualifier != "" {
		m = append(m, ' ')
	}
	m = appendNum(m, v)
	m = appendPer(append(append(m, ' '), b.Unit...), b.Per)
	if !ok {
		m = append(m, " (does not match)"...)
	}
	c.Message = string(m)
	return c
}

// checkRange compares b, a range restating the range a, end by end: "150 to 200 kilometers
// (93 to 124 miles)" agrees, "(60 to 80 miles)" does not.
func checkRange(text string, a, b Figure) Check {
	ends := func(f Figure) (lo, hi Figure) {
		lo, hi = f, f
		lo.IsRange, hi.IsRange = false, false
		lo.Value, hi.Value = f.Min, f.Max
		hi.CoreStart = lastNumberStart(text, f.NumStart, f.NumEnd)
		return lo, hi
	}
	alo, ahi := ends(a)
	blo, bhi := ends(b)
	cl, ch := check(text, alo, blo), check(text, ahi, bhi)
	c := Check{OK: cl.OK && ch.OK, Expected: cl.Expected, Stated: b.Min, Unit: b.Unit}
	var buf [160]byte
	m := append(appendNum(append(appendNum(buf[:0], a.Min), '-'), a.Max), ' ')
	m = appendPer(append(m, a.Unit...), a.Per)
	m = append(m, " is "...)
	m = append(appendNum(append(appendNum(m, cl.Expected), '-'), ch.Expected), ' ')
	m = appendPer(append(m, b.Unit...), b.Per)
	m = append(m, "; stated "...)
	m = append(appendNum(append(appendNum(m, b.Min), '-'), b.Max), ' ')
	m = appendPer(append(m, b.Unit...), b.Per)
	if !c.OK {
		m = append(m, " (does not match)"...)
	}
	c.Message = string(m)
	return c
}

// lastNumberStart returns where the last number written in digits between start and end begins
// (a range's upper end: the 200 of "150 to 200"), or start.
func lastNumberStart(text string, start, end int) int {
	k := end
	for k > start && !isDigit(text[k-1]) {
		k--
	}
	j := k
	for j > start && (isDigit(text[j-1]) || (text[j-1] == ',' || text[j-1] == '.') && j-2 >= start && isDigit(text[j-2])) {
		j--
	}
	if j == k {
		return start
	}
	return j
}

func round4(v float64) float64 {
	if v == 0 || math.IsInf(v, 0) || math.IsNaN(v) {
		return v
	}
	if math.Abs(v) < 1e-9 {
		return 0 // a conversion's rounding error at zero: 32 degF is 0 degC
	}
	mag := math.Pow(10, 3-math.Floor(math.Log10(math.Abs(v))))
	if mag > 1e12 {
		return v
	}
	return math.Round(v*mag) / mag
}

func fmtNum(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// appendNum appends v as fmtNum writes it.
func appendNum(dst []byte, v float64) []byte { return strconv.AppendFloat(dst, v, 'f', -1, 64) }

// normalised renders a figure as "1083 km2", "10-15 km", "more-than 80 percent", "7 count:strike".
func normalised(f *Figure) string {
	var buf [64]byte // most fit, so the string is the one allocation
	b := buf[:0]
	if f.Qualifier != "" && f.Qualifier != "between" {
		b = append(append(b, f.Qualifier...), ' ')
	}
	if f.IsList {
		for k, p := range f.Parts {
			if k > 0 {
				b = append(b, ',')
			}
			b = appendNum(b, p.Value)
		}
	} else if f.IsRange {
		b = appendNum(append(appendNum(b, f.Min), '-'), f.Max)
	} else {
		b = appendNum(b, f.Value)
	}
	if f.Unit != "" {
		b = appendPer(append(append(b, ' '), f.Unit...), f.Per)
	}
	return string(b)
}

// appendPer appends a rate's unit of time, or the item or unit of area a figure is per, after a
// slash ("/day", "/aircraft", "/person/day"), or nothing.
func appendPer(m []byte, per string) []byte {
	if per == "" {
		return m
	}
	return append(append(m, '/'), per...)
}
