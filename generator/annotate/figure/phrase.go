package figure

import "strings"

// phraseStart reports whether the word text[i:j] can start a unit phrase (see parsePhrase).
func phraseStart(text string, i, j int) bool {
	var b [16]byte
	switch string(appendLower(b[:0], text[i:j])) {
	case "a", "an", "few", "several", "couple", "half", "another", "whole", "full", "entire", "all",
		"dozens", "scores", "hundreds", "thousands", "millions", "billions", "trillions", "tens":
		return true
	}
	return false
}

// pairedNouns are the plurals that name one thing made of two parts: "a pair of binoculars" is
// no count of two.
var pairedNouns = fieldSet(`binoculars goggles glasses spectacles scissors shears pliers tongs trousers pants shorts jeans overalls tweezers`)

// pluralMultiples are the plural multipliers that make a vague count before "of" ("dozens of
// fighters", "hundreds of thousands of refugees").
var pluralMultiples = map[string]float64{"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1e3, "millions": 1e6,
	"billions": 1e9, "trillions": 1e12, "tens": 10}

// pluralMultiple parses a vague count written with a plural multiplier at i, whose word w1
// ends at e1: "dozens of SDF troops" (about 36, as "several dozen"), "scores of soldiers"
// (about 60), "hundreds of systems"
// (about 300), "tens of thousands of refugees" (about 30,000). A counted noun must follow:
// "hundreds of them" is no figure.
func pluralMultiple(text string, i, e1, last int, lw1 string) (Figure, bool) {
	mult := pluralMultiples[lw1]
	if k := strings.TrimRight(text[:i], " "); len(k) < i && len(k) > 0 && isDigit(k[len(k)-1]) || isNumberWord(wordBeforeLower(text, i)) {
		return Figure{}, false // "two hundreds", "2 hundreds": not vague
	}
	if lw1 == "scores" && scoresNouns[wordBeforeLower(text, i)] {
		return Figure{}, false // "the scores of the cadets", "test scores of soldiers": results
	}
	w2, _, e2 := wordAt(text, e1)
	if strings.EqualFold(w2, "more") && (lw1 == "thousands" || lw1 == "hundreds" || lw1 == "dozens" || lw1 == "millions") {
		// "thousands more civilians fled", "hundreds more were sheltering": a vague count
		// of the noun after it, or a bare vague number
		if np, ok := countNoun(text, e2, false, true); ok {
			return vagueCount(text, i, last, lw1, i, e1, 3*mult, np), true
		}
		return vagueAmount(text, i, last, lw1, i, e1, 3*mult, unitMatch{info: unitInfo{unit: "number", kind: Number}, end: e1}), true
	}
	if !strings.EqualFold(w2, "of") {
		return Figure{}, false
	}
	if w3, _, e3 := wordAt(text, e2); strings.EqualFold(w3, "the") && lw1 != "tens" {
		if w4, k4, _ := wordAt(text, e3); w4 != "" && isLower(w4[0]) && pluralMultiples[strings.ToLower(w4)] == 0 && !isDigit(text[k4]) {
			e2 = e3 // a vague part of a whole: "dozens of the fighters were foreigners"
		}
	}
	numEnd, p := e1, e2
	if lw1 == "tens" || lw1 == "hundreds" {
		// "tens of thousands of", "hundreds of millions of"
		w3, _, e3 := wordAt(text, e2)
		lw3 := strings.ToLower(w3)
		if m := pluralMultiples[lw3]; m >= 1e3 {
			if w4, _, e4 := wordAt(text, e3); strings.EqualFold(w4, "of") {
				mult, numEnd, p = mult*m, e3, e4
			}
		}
	}
	if lw1 == "tens" && mult < 1e3 {
		return Figure{}, false // "tens of" alone is rare and vague beyond a count
	}
	if p < len(text) && p+1 < len(text) && text[p] == ' ' && isLetter(text[p+1]) {
		if u, ok := matchWordUnit(text, p+1); ok && u.info.kind == Money && u.scale == 0 && text[u.end-1] == 's' && (u.end == len(text) || !isLetter(text[u.end])) {
			// a sum in a currency's plural: "tens of millions of dollars" is about $30 million (not
			// "dozens of dollar stores")
			f := vagueFigure(text, i, last, lw1, i, numEnd, numEnd, u.end, 3*mult)
			f.Kind, f.Unit = Money, u.info.unit
			vagueRate(text, &f, u.info)
			return f, true
		}
		if u, ok := matchWordUnit(text, p+1); ok && vagueMeasure[u.info.kind] && u.scale == 0 && (u.end == len(text) || !isLetter(text[u.end])) {
			// an amount of a unit of measure: "thousands of miles" is about 3,000 mi, "hundreds
			// of hours" about 300 hours
			f := vagueFigure(text, i, last, lw1, i, numEnd, numEnd, u.end, 3*mult)
			f.Kind, f.Unit = u.info.kind, u.info.unit
			if u.info.si != 0 {
				f.SI, f.SIUnit = f.Value*u.info.si+u.info.offset, u.info.siUnit
			}
			vagueRate(text, &f, u.info)
			return f, true
		}
	}
	np, ok := countNoun(text, p, false, true)
	if !ok {
		return Figure{}, false
	}
	return vagueCount(text, i, last, lw1, i, numEnd, 3*mult, np), true
}

// vagueRate extends a vague amount of unit u to a rate written after it, as a figure's:
// "hundreds of millions of dollars a year", "thousands of gallons a day".
func vagueRate(text string, f *Figure, u unitInfo) {
	per, e, ok := rateAfter(text, f.End, u)
	if !ok {
		return
	}
	f.Per, f.End = per, e
	f.Text = text[f.Start:f.End]
	if _, time := rateTimes[per]; time && f.SIUnit != "" && !strings.ContainsRune(f.SIUnit, '/') {
		if r := rateSIUnits[f.SIUnit]; r != "" {
			f.SI, f.SIUnit = f.SI/canon[per].si, r
			return
		}
	}
	f.SI, f.SIUnit = 0, ""
}

// scoresNouns, before "scores of", make it results, not a vague count of twenty-odd.
var scoresNouns = fieldSet(`the their his her its our your my these those test exam fitness qualification average high low top`)

// vagueMeasure are the kinds of unit that a vague plural multiple measures ("thousands of
// miles"); a count or a bare number counts its noun instead.
var vagueMeasure = map[Kind]bool{Length: true, Area: true, Mass: true, Volume: true, Duration: true}

// wholeUnitWords are the units of time that "another", "whole", "full", "entire" and "all" make
// one of ("another week", "a full year", "all day"). Not "second" ("another second attack") or
// "night" (shorter than the day it would count as).
var wholeUnitWords = map[string]bool{"minute": true, "hour": true, "day": true, "week": true, "weekend": true,
	"fortnight": true, "month": true, "year": true, "decade": true, "century": true}

// wholeUnit parses one whole unit of time named without a number at i, where the word w ends at
// e: "another week", "a full year", "the whole day", "an entire month", "all day", "all-year" (1
// of the unit; a weekend or a fortnight counts as it does after a number).
func wholeUnit(text string, i, e, last int) (Figure, bool) {
	if e+1 >= len(text) || text[e] != ' ' && text[e] != '-' || !isLetter(text[e+1]) {
		return Figure{}, false
	}
	u, ok := matchWordUnit(text, e+1)
	if !ok || u.info.kind != Duration || u.end-e-1 > 9 {
		return Figure{}, false
	}
	if u.end < len(text) && (isLetter(text[u.end]) || isDigit(text[u.end])) {
		return Figure{}, false
	}
	var b [16]byte
	if !wholeUnitWords[string(lowerASCII(b[:0], text[e+1:u.end]))] {
		return Figure{}, false
	}
	v := 1.0
	if u.scale != 0 {
		v = u.scale
	}
	f := Figure{Start: i, End: u.end, CoreStart: i, CoreEnd: u.end, NumStart: i, NumEnd: e,
		Value: v, Unit: u.info.unit, Kind: Duration, SI: v * u.info.si, SIUnit: u.info.siUnit}
	q := i
	if w, ws := wordBefore(text, i, false); ws >= last && (eqFold(w, "a") || eqFold(w, "an")) {
		q = ws // "nearly a full year"
	}
	if qual, qstart := qualifierBefore(text, q, last); qual != "" && qual != "between" {
		f.Qualifier, f.Start = qual, qstart
	}
	f.Text = text[f.Start:f.End]
	return f, true
}

// parsePhrase parses an amount of a unit written without a number in digits or number words:
//
//   - a vague amount: "a few weeks", "several days", "a couple of hours" (3, 3 and 2, qualified
//     "about" unless another qualifier precedes);
//   - a half: "half an hour", "half a mile", "half hour";
//   - one unit and a half: "an hour and a half", "a mile and half";
//   - one unit after a qualifier: "more than an hour", "nearly a year";
//   - "a fortnight" (2 weeks), and "a" before a unit that is itself an amount.
//
// The unit must be a word unit ("hours", "percent", "miles"), not "times" or "fold".
func parsePhrase(text string, i, last int) (Figure, bool) {
	w1, _, e1 := wordAt(text, i)
	lw1 := strings.ToLower(w1)
	var v float64
	numStart, numEnd, p := i, e1, e1
	vague := false
	oneUnit := false // "a"/"an" directly before the unit
	switch lw1 {
	case "a", "an":
		w2, s2, e2 := wordAt(text, e1)
		if s2 == e1 {
			return Figure{}, false
		}
		switch strings.ToLower(w2) {
		case "few":
			v, vague, numStart, numEnd, p = 3, true, s2, e2, e2
		case "handful":
			// "a handful of soldiers": a vague count, about 5
			w3, _, e3 := wordAt(text, e2)
			if !strings.EqualFold(w3, "of") {
				return Figure{}, false
			}
			if u, ok := matchWordUnit(text, e3+1); (!ok || u.info.kind == "") && e3 < len(text) {
				np, ok := countNoun(text, e3, false, true)
				if !ok {
					return Figure{}, false
				}
				return vagueCount(text, i, last, "a", s2, e2, 5, np), true
			}
			v, vague, numStart, numEnd, p = 5, true, s2, e3, e3
		case "pair":
			// "a pair of E-3 AWACS", "a pair of CH-47 Chinooks": two of a counted noun, exactly
			w3, _, e3 := wordAt(text, e2)
			if !strings.EqualFold(w3, "of") {
				return Figure{}, false
			}
			np, ok := countNoun(text, e3, false, true)
			if !ok || pairedNouns[strings.ToLower(text[np.words[np.n-1][0]:np.end()])] {
				return Figure{}, false // "a pair of binoculars" is one thing
			}
			f := vagueCount(text, i, last, "", i, e3, 2, np)
			if q, _ := qualifierBefore(text, i, last); q == "" || q == "between" {
				f.Qualifier = ""
			}
			return f, true
		case "couple":
			w3, _, e3 := wordAt(text, e2)
			if !strings.EqualFold(w3, "of") {
				var b [16]byte
				if nw, ok := lookupNumberWord(appendLower(b[:0], w3)); ok && (nw.kind == 'd' || nw.kind == 'h' || nw.kind == 'm') && w3[len(w3)-1] != 's' {
					v, vague, numEnd, p = 2, true, e2, e2 // "a couple hundred soldiers": a vague multiple
					break
				}
				return Figure{}, false
			}
			if u, ok := matchWordUnit(text, e3+1); (!ok || u.info.kind == "") && e3 < len(text) {
				np, ok := countNoun(text, e3, false, true)
				if !ok {
					return Figure{}, false
				}
				return vagueCount(text, i, last, "", i, e3, 2, np), true // "a couple of ships"
			}
			v, vague, numEnd, p = 2, true, e3, e3
		default:
			v, oneUnit, numEnd, p = 1, true, e1, e1
		}
	case "few", "several":
		switch strings.ToLower(wordBeforeLower(text, i)) {
		case "the", "these", "those", "its", "his", "her", "their", "our", "my", "your", "very", "too", "so", "quite":
			// (but "the several thousand U.S. citizens", "the few hundred refugees": a
			// multiple after it makes an amount)
			switch w2, _, _ := wordAt(text, e1); strings.ToLower(w2) {
			case "hundred", "thousand", "million", "billion", "dozen":
			default:
				return Figure{}, false
			}
		}
		v, vague = 3, true
	case "couple":
		w2, _, e2 := wordAt(text, e1)
		if !strings.EqualFold(w2, "of") || wordBeforeLower(text, i) == "the" {
			return Figure{}, false
		}
		v, vague, numEnd, p = 2, true, e2, e2
	case "another", "whole", "full", "entire", "all":
		return wholeUnit(text, i, e1, last)
	case "dozens", "scores", "hundreds", "thousands", "millions", "billions", "trillions", "tens":
		return pluralMultiple(text, i, e1, last, lw1)
	case "half":
		v = 0.5
		if w2, s2, e2 := wordAt(text, e1); s2 > e1 && (strings.EqualFold(w2, "a") || strings.EqualFold(w2, "an")) {
			numEnd, p = e2, e2
		}
	default:
		return Figure{}, false
	}
	if s := skipSpace1(text, p); s == p || s-p > 1 {
		return Figure{}, false
	}
	if vague {
		// "a few dozen kilometers", "several hundred fighters": a vague multiple
		w, _, we := wordAt(text, p)
		var b [16]byte
		if nw, ok := lookupNumberWord(appendLower(b[:0], w)); ok && (nw.kind == 'd' || nw.kind == 'h' || nw.kind == 'm') && w[len(w)-1] != 's' {
			v *= nw.v
			numEnd, p = we, we
			if nw.kind != 'm' && skipSpace1(text, p) == p+1 {
				// "a few hundred million", "several hundred thousand troops": a larger multiplier after it
				if w2, _, we2 := wordAt(text, p); w2 != "" {
					if nw2, ok := lookupNumberWord(appendLower(b[:0], w2)); ok && nw2.kind == 'm' && w2[len(w2)-1] != 's' {
						v *= nw2.v
						numEnd, p = we2, we2
					}
				}
			}
			if u, ok := matchUnit(text, p); ok && u.info.unit != "" {
				// any unit, symbols too: "a few hundred rad m−2", "several hundred-fold"
				return vagueAmount(text, i, last, lw1, numStart, numEnd, v, u), true
			}
			if np, ok := countNoun(text, p, false, true); ok {
				return vagueCount(text, i, last, lw1, numStart, numEnd, v, np), true
			}
			// a bare vague multiple: "several dozen", "a few hundred" (about 36, about 300)
			return vagueAmount(text, i, last, lw1, numStart, numEnd, v, unitMatch{info: unitInfo{unit: "number", kind: Number}, end: numEnd}), true
		}
	}
	if vague {
		if w, ws, we := wordAt(text, p); ws == p+1 && (w == "more" || w == "additional" || w == "extra") {
			p = we // "several more weeks", "a few additional days"
		}
	}
	u, ok := matchWordUnit(text, p+1)
	if !ok || u.info.unit == "times" || u.info.unit == "fold" || u.info.kind == "" {
		return Figure{}, false
	}
	if u.end < len(text) && (isLetter(text[u.end]) || isDigit(text[u.end])) {
		return Figure{}, false
	}
	end := u.end
	if u.scale != 0 {
		v *= u.scale
	}
	qual, qstart := qualifierBefore(text, i, last)
	within := qual == "up-to" && oneUnit && qstart+len("within") <= len(text) && eqFold(text[qstart:qstart+len("within")], "within")
	if within {
		qual = "" // "within a week or two" is a range (oneUnitOr); "within a day" says when, no figure
		if u.scale != 0 {
			qual = "up-to" // "within a fortnight" is "within two weeks"
		}
	}
	if oneUnit {
		// "an hour and a half", "an hour and half"
		if w, _, we := wordAt(text, end); strings.EqualFold(w, "and") {
			w2, _, e2 := wordAt(text, we)
			if strings.EqualFold(w2, "a") {
				w2, _, e2 = wordAt(text, e2)
			}
			if strings.EqualFold(w2, "half") {
				v, end = v*1.5, e2
				if within {
					qual = "up-to" // "within an hour and a half of injury": an amount, not when
				}
			} else if u.info.kind == Duration && v == 1 && qual == "" {
				if f, ok := oneUnitAndPart(text, i, we, last, u); ok {
					if within {
						f.Qualifier, f.Start = "up-to", qstart // "within an hour and 45 minutes"
						f.Text = text[f.Start:f.End]
					}
					return f, true // "an hour and 45 minutes"
				}
			}
		}
		if v == 1 && u.scale == 0 && qual == "" && !restatedAfter(text, end) {
			return Figure{}, false // "a mile", "a day": one only with a qualifier or restated ("a mile (1.6 kilometers)")
		}
		if strings.EqualFold(text[p+1:u.end], "second") && v == 1 && (qual == "" || ordinalNounAfter(text, u.end)) {
			return Figure{}, false // "a second": the ordinal ("for more than a second time"); but "in under a second"
		}
	}
	if lw1 == "half" && u.info.kind != Duration && numEnd == e1 {
		return Figure{}, false // "half mile": only "half hour", "half year" go without "a"
	}
	start := numStart
	if lw1 == "a" && vague && numStart > i {
		start = i // "a few": the "a" belongs to the phrase, not to the core
	}
	f := Figure{Start: start, End: end, CoreStart: numStart, CoreEnd: end, NumStart: numStart, NumEnd: numEnd,
		Value: v, Unit: u.info.unit, Kind: u.info.kind}
	if f.Kind == "" {
		f.Kind = Other
	}
	if u.info.si != 0 {
		f.SI, f.SIUnit = v*u.info.si+u.info.offset, u.info.siUnit
	}
	if qual != "" && qual != "between" {
		f.Qualifier, f.Start = qual, qstart
	} else if vague {
		f.Qualifier = "about"
	}
	if per, e, ok := rateAfter(text, f.End, u.info); ok {
		// "a few hours a day", "half a liter per person"
		f.Per, f.End = per, e
		if _, time := rateTimes[per]; time && f.SIUnit != "" {
			f.SI, f.SIUnit = f.SI/canon[per].si, rateSIUnits[f.SIUnit]
		}
		if f.SIUnit == "" || !strings.ContainsRune(f.SIUnit, '/') {
			f.SI, f.SIUnit = 0, "" // a share of time ("hours a day") or an amount per item
		}
		if _, time := rateTimes[per]; time && f.Kind == Length {
			f.Kind = Speed // "a few miles a day", as parseFigure makes it
			if s, ok := speedUnits[f.Unit+"/"+f.Per]; ok {
				f.Unit, f.Per = s, ""
			}
		}
	}
	f.Text = text[f.Start:f.End]
	return f, true
}

// restatedAfter reports whether a restatement in brackets of a number follows e: "a mile (1.6
// kilometers)", "a kilometer [0.6 miles]".
func restatedAfter(text string, e int) bool {
	return e+2 < len(text) && text[e] == ' ' && (text[e+1] == '(' || text[e+1] == '[') && isDigit(text[e+2])
}

// vagueAmount makes the figure of a vague multiple with a unit: "a few dozen kilometers"
// (about 36 km).
func vagueAmount(text string, i, last int, lw1 string, numStart, numEnd int, v float64, u unitMatch) Figure {
	if u.scale != 0 {
		v *= u.scale
	}
	f := vagueFigure(text, i, last, lw1, numStart, numEnd, u.end, u.end, v)
	f.Unit, f.Kind = u.info.unit, u.info.kind
	if f.Kind == "" {
		f.Kind = Other
	}
	if u.info.si != 0 {
		f.SI, f.SIUnit = v*u.info.si+u.info.offset, u.info.siUnit
	}
	return f
}

// vagueCount makes the figure of a vague multiple counting a noun: "a few hundred fighters"
// (about 300 count:fighter).
func vagueCount(text string, i, last int, lw1 string, numStart, numEnd int, v float64, np nounPhrase) Figure {
	f := vagueFigure(text, i, last, lw1, numStart, numEnd, numEnd, np.end(), v)
	var b [64]byte
	f.Kind, f.Unit = Count, countUnit(np.appendName(append(b[:0], "count:"...)))
	if per, e, ok := rateAfter(text, f.End, unitInfo{kind: Count}); ok {
		f.Per, f.End = per, e // "thousands of Afghans a day"
		f.Text = text[f.Start:f.End]
	}
	return f
}

// ordinalNounAfter reports whether a word in lower case that is no stop word follows e, as
// a noun follows an ordinal: "a second time", "a second strike".
func ordinalNounAfter(text string, e int) bool {
	w, k, _ := wordAt(text, e)
	return k == e+1 && w != "" && isLower(w[0]) && !stopWords[w]
}

// vagueFigure is a vague amount's span and value, qualified "about" unless another qualifier
// precedes it; "a" in "a few" belongs to the span but not to the core.
func vagueFigure(text string, i, last int, lw1 string, numStart, numEnd, coreEnd, end int, v float64) Figure {
	start := numStart
	if lw1 == "a" {
		start = i
	}
	f := Figure{Start: start, End: end, CoreStart: numStart, CoreEnd: coreEnd, NumStart: numStart, NumEnd: numEnd,
		Value: v, Qualifier: "about"}
	if qual, qstart := qualifierBefore(text, i, last); qual != "" && qual != "between" {
		f.Qualifier, f.Start = qual, qstart
	}
	f.Text = text[f.Start:f.End]
	return f
}

// wordBeforeLower returns the lower-cased word before i.
func wordBeforeLower(text string, i int) string {
	w, _ := wordBefore(text, i, false)
	return strings.ToLower(w)
}

// oneUnitAndPart parses one unit of time named by "a" or "an" at i and a smaller one in a number
// after "and" at k: "an hour and 45 minutes" (6,300 seconds), "a year and two months". The
// whole is one duration in seconds, as an amount in parts is (mergeCompounds).
func oneUnitAndPart(text string, i, k, last int, u unitMatch) (Figure, bool) {
	k = skipSpace1(text, k)
	if k >= len(text) || !isDigit(text[k]) && !isLetter(text[k]) {
		return Figure{}, false
	}
	var part Figure
	if !parseFigure(text, k, last, &part) || part.Kind != Duration || part.SIUnit != "s" || part.Qualifier != "" || part.IsRange || part.Start != k ||
		lookupUnit(part.Unit).si >= u.info.si {
		return Figure{}, false
	}
	secs := u.info.si + part.SI
	f := Figure{Start: i, End: part.End, CoreStart: i, CoreEnd: part.CoreEnd, NumStart: i, NumEnd: part.NumEnd,
		Value: secs, Unit: "second", Kind: Duration, SI: secs, SIUnit: "s"}
	f.Text = text[f.Start:f.End]
	return f, true
}
