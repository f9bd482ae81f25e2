package figure

import (
	"bytes"
	"math"
	"strings"
	"unicode/utf8"
)

// parseFigure parses the figure whose number starts at i into f. Nothing of it may start before
// last (the end of the previous figure). f holds a figure only when it returns true.
func parseFigure(text string, i, last int, f *Figure) bool {
	n, ok := parseNumber(text, i)
	if !ok {
		return false
	}
	if !n.words && rejectDigitsContext(text, n) {
		return false
	}
	overFraction(text, &n)
	if n.words {
		if numberWordNamed(text, i, n.end) {
			return false // "Five Eyes partners", "the Five Eyes": a name
		}
		if spokenDigits(text, n) {
			return false // "in nineteen ninety-one", "at zero-six-hundred hours"
		}
		if tensOrdinal(text, n) {
			return false // "the twenty-first century", "our sixty-second package"
		}
		if wordRatio(text, n) {
			return false // "a two-to-one ratio", "one-to-one talks"
		}
		n.end = digitsRestated(text, n) // "ninety-six (96) helicopters"
	}
	*f = Figure{Start: i, End: n.end, Value: n.v, NumStart: i, NumEnd: n.end}
	pos := n.end

	// prefixes: a minus sign, a currency
	start := i
	if !n.words {
		if s, ok := minusBefore(text, i, last); ok {
			f.Value = -f.Value
			n.v = -n.v
			start = s
			f.NumStart = s
		}
	}
	// dw is the word before start with a full stop allowed, as wordBefore(text, start, true)
	// gives it, which qualifierBefore and rejectBare read too; pw is that word without the
	// full stop, as wordBefore(text, start, false) gives it, and is looked at again for
	// "between" and "Day". Both are read anew if a sign or a currency moves start.
	dw, dws := wordBefore(text, start, true)
	pw, pws := wordWithoutStop(dw, dws, start)
	pwAt := start
	if pws >= last && (eqFold(pw, "minus") || eqFold(pw, "negative")) && pws+len(pw) < start && !strings.HasSuffix(text[:pws], "T-") {
		// (not a countdown: "T-minus 10 seconds")
		f.Value, n.v = -f.Value, -n.v
		start, f.NumStart = pws, pws
	}
	cur, cstart := currencyBefore(text, start, last)
	if cur != "" {
		start = cstart
	}
	if start != pwAt {
		dw, dws = wordBefore(text, start, true)
		pw, pws = wordWithoutStop(dw, dws, start)
	}

	// a unit, or money multipliers after a currency
	var u unitMatch
	hasUnit := false
	plus := false // "-plus" after the number
	orSo := false // "or so" or "-odd" after the number: about
	if cur != "" {
		pos = moneySuffix(text, pos, &n)
		f.Value = n.v
		if m, ok := matchUnit(text, pos); ok && m.info.kind == Money {
			pos = m.end // "$5 USD"
		}
		u = unitMatch{info: lookupUnit(cur), end: pos}
		hasUnit = true
	} else {
		pos = skipUncertainty(text, pos)
		if strings.HasPrefix(text[pos:], "-plus ") && pos == n.end {
			pos, plus = pos+len("-plus"), true
		} else if pos == n.end && pos < len(text) && text[pos] == '+' && (pos+1 == len(text) || text[pos+1] == ' ') {
			pos, plus = pos+1, true // "20+ countries", "5+ years"
		}
		if strings.HasPrefix(text[pos:], " or so") && (pos+len(" or so") == len(text) || !isLetter(text[pos+len(" or so")])) {
			pos, orSo = pos+len(" or so"), true // "20 or so soldiers", "a dozen or so ships": about
		} else if strings.HasPrefix(text[pos:], "-odd") && pos == n.end && (pos+len("-odd") == len(text) || !isLetter(text[pos+len("-odd")])) {
			pos, orSo = pos+len("-odd"), true // "2,000-odd staff", "20-odd years": about
		} else if strings.HasPrefix(text[pos:], "-some") && pos == n.end && n.v >= 20 && math.Mod(n.v, 10) == 0 && (pos+len("-some") == len(text) || !isLetter(text[pos+len("-some")])) {
			pos, orSo = pos+len("-some"), true // "twenty-some days", "30-some years": about
		}
		if m, ok := matchUnit(text, pos); ok {
			u, hasUnit, pos = m, true, m.end
			if m.info.kind == Money {
				pos = moneyMultiplierAfter(text, pos, &n) // "75 USD million"
				f.Value = n.v
			}
		} else if m, ok := millionsCode(text, pos); ok {
			n.v = n.scaled(1e6) // "120 MEUR"
			f.Value = n.v
			u, hasUnit, pos = m, true, m.end
		} else if m, ok := bracketedUnit(text, pos); ok {
			u, hasUnit, pos = m, true, m.end // "20 (kg)": a unit in brackets, as in a table
		} else if m, ok := fractionOfUnit(text, pos, &n); ok {
			u, hasUnit, pos = m, true, m.end // "three-quarters of a mile"
		} else if e := inchesAfterFeet(text, start, pos, n); e > pos {
			u, hasUnit, pos = unitMatch{info: canon["in"], end: e}, true, e // "6 ft 2 in tall"
		} else if e := inchesInBrackets(text, start, pos); e > pos {
			u, hasUnit, pos = unitMatch{info: canon["in"], end: e}, true, e // "155 mm (6.1 in)"
		} else if e := belowZero(text, pos, true); e > pos && n.v > 0 {
			// "40 below zero", "the wind chill reached 40 below": degrees under zero
			info := canon["deg"]
			if heatIndexBefore(text, n.start) {
				info = canon["degF"]
			}
			n.v, f.Value = -n.v, -n.v
			u, hasUnit, pos = unitMatch{info: info, end: e}, true, e
		}
		if hasUnit && (u.info.kind == Temperature || u.info.unit == "deg") && pos == u.end && n.v > 0 {
			if e := belowZero(text, pos, false); e > pos {
				n.v, f.Value, pos = -n.v, -n.v, e // "30 degrees below zero"
				u.end = e
			}
		}
	}

	// a range: "10 to 15", "10-15 km", "between 10 and 15", "8- to 16-meter"
	between := false
	if pw != "" && pws >= last && eqFold(pw, "between") {
		between = true
	}
	var (
		r, hi, u2 = 0, num{}, unitMatch{}
		isRange   = false
	)
	if rangeMayFollow(text, pos) {
		r, hi, u2, isRange = parseRangeEnd(text, pos, n, u, hasUnit, between, cur != "")
	}
	if isRange && !changeFromTo(text, start, pos) && !changeByTo(text, start, pos, n, hi, hasUnit) {
		if !n.mult && hi.multWord > 0 && n.v < hi.v/hi.multWord {
			// "10 to 15 million", "$2 to $3 billion": the multiplier is both ends'
			n.v = n.scaled(hi.multWord)
			f.Value = n.v
		}
		f.IsRange, f.Min, f.Max = true, min(n.v, hi.v), max(n.v, hi.v)
		if cur != "" {
			f.Min, f.Max = f.Value, hi.v
		}
		if !hasUnit && u2.end > 0 {
			u, hasUnit = u2, true
		}
		pos = r
		f.NumEnd = hi.end
		if !hasUnit && n.plainInt && hi.plainInt && n.intDigits == 4 && hi.intDigits == 4 && !notYear(text, num{start: n.start, end: r}, "") {
			return false // 2014-2017: years (but "1500 to 2000 troops" counts)
		}
	} else if between && !hasUnit && false {
		return false
	}

	if hasUnit && u.info.unit == "second" && u.end == n.end+1 && decade(text, n, start) {
		return false // "the '90s", "in the mid-80s": a decade, not seconds
	}
	if hasUnit && u.info.unit == "hour" && militaryTime(text, n, start, last) {
		return false // "at 1400 hours"
	}
	if hasUnit && (u.info.unit == "pm" || u.info.unit == "PM") && clockTime(n) {
		return false // "9 pm", "5.30 PM": a time of day, not picometres or petamolar
	}
	if hasUnit {
		pos = skipUncertaintyAfterUnit(text, pos, u)
		if u.info.unit == "nm" && u.end-n.end <= 3 && n.v >= 1 && (nauticalSentence(text, n.end) || bearingAfter(text, u.end)) {
			u.info = lookupUnit("nmi") // "sailed 4,000 nm across the Pacific": nautical miles
		}
		if u.info.unit == "deg" && u.end-n.end > 3 && heatIndexBefore(text, n.start) {
			u.info = lookupUnit("degF") // "a heat index of 104 degrees": the index is in °F
		}
		if u.info.unit == "lb" && n.mult && !weightFollows(text, pos) {
			u.info = lookupUnit("GBP") // "361 million pounds"; not "1.1 million pounds of cargo"
		}
		if per, e, ok := rateAfter(text, pos, u.info); ok {
			f.Per, pos = per, e // "1,000 liters per day", "48,000 gallons a day": a rate
		}
	}
	f.End = pos

	// qualifier
	qual, qstart := qualifierBeforeWord(text, start, last, dw, dws)
	if between && f.IsRange {
		qual, qstart = "between", pws
	}
	if plus && qual == "" {
		qual, qstart = "more-than", start // "5,000-plus Afghans", "20-plus years": more than
	}
	if orSo && qual == "" {
		qual, qstart = "about", start
	}

	// a proportion: "eight out of nine studies", "47 out of the 76 patients" (8/9, 47/76)
	if !hasUnit && !f.IsRange && cur == "" {
		if whole, ok := outOf(text, pos, n); ok {
			f.Value, f.Kind, f.Unit = n.v/whole.v, Number, "number"
			f.NumEnd, f.End, f.CoreStart, f.CoreEnd, f.Start = whole.end, whole.end, start, whole.end, start
			if qual != "" {
				f.Qualifier, f.Start = qual, qstart
			}
			f.Text = text[f.Start:f.End]
			return true
		}
	}

	// operation day: "Day 126", "on day 231 of the offensive" (in lower case only before "of")
	if !hasUnit && (!n.words || pw == "day" && dayOfSingular(text, f.End)) && (n.words && n.v == math.Trunc(n.v) && n.v > 0 || n.plainInt || n.grouped && n.decimals == 0 && !n.mult && !n.exp) && cur == "" && qual == "" {
		if (pw == "Day" || pw == "day" && strings.HasPrefix(text[f.End:], " of ")) && pws >= last {
			f.Start, f.Kind, f.Unit = pws, OperationDay, "day"
			f.CoreStart, f.CoreEnd = pws, f.End
			f.Text = text[f.Start:f.End]
			return true
		}
	}

	// a Mach number: "Mach 2.25", "Mach 5-6" (a speed as a multiple of the speed of sound)
	if !hasUnit && !n.words && cur == "" && pw == "Mach" && pws >= last && pws+len(pw) == start-1 {
		f.Start, f.CoreStart, f.CoreEnd, f.Kind, f.Unit = pws, pws, f.End, Speed, "Mach"
		if q, qs := qualifierBefore(text, pws, last); q != "" {
			f.Qualifier, f.Start = q, qs // "above Mach 10"
		}
		f.Text = text[f.Start:f.End]
		return true
	}

	// a pH value: "pH 7.5", "pH 7–8"
	if !hasUnit && !n.words && cur == "" && qual == "" && pw == "pH" && pws >= last && pws+len(pw) >= start-1 &&
		f.Value >= 0 && f.Value <= 14 && (!f.IsRange || f.Max <= 14) {
		f.Start, f.CoreStart, f.CoreEnd, f.Kind, f.Unit = pws, pws, f.End, Other, "pH"
		f.Text = text[f.Start:f.End]
		return true
	}

	if !hasUnit && cur == "" && qual == "" && unitDesignation(text, start, f.NumEnd, last) {
		return false // "2-7 Infantry", "Marines of 2/7": a battalion of a regiment
	}
	if !hasUnit && cur == "" && qual == "" && !n.words && n.plainInt && formationName(text, f.NumEnd) {
		return false // "3 Commando Brigade", "617 Squadron": a formation's number
	}
	if !hasUnit {
		// a qualifier written before the number keeps it from being a name's ("over 12"); a
		// plus sign after it does not ("Pt 4+ ion", "the Leiden 85+ study")
		before := qual
		if plus || orSo {
			before = ""
		}
		if rejectBare(text, n, start, last, before, f.End, dw, dws) {
			return false
		}
	} else if !n.words && n.plainInt && n.intDigits == 4 && n.v >= 1000 && n.v <= 2100 && u.end-n.end == 1 && isLetter(text[n.end]) {
		return false // "(2003b)": a year with a letter
	} else if !n.words && n.plainInt && u.end-n.end == 1 && isLetter(text[n.end]) && panelReference(text, start, last) {
		return false // "Fig. 4b", "Table 2d": a figure's panel, not a unit
	}

	f.CoreStart = start
	f.Start = start
	if qual == "over" && hasUnit && u.info.kind == Duration && (last > 0 && last == qstart-1 && text[last] == ' ' || spreadOver(text, qstart)) {
		qual = "" // "18 B-21s over five years", "$50 billion over 10 years", "delivered over 36 months": the time it takes
	}
	if qual != "" {
		f.Qualifier, f.Start = qual, qstart
	}
	switch {
	case hasUnit:
		f.Unit, f.Kind = u.info.unit, u.info.kind
		if u.scale != 0 {
			f.Value, f.Min, f.Max = f.Value*u.scale, f.Min*u.scale, f.Max*u.scale
		}
		if f.Kind == "" {
			f.Kind = Other
		}
		if u.info.si != 0 {
			f.SI, f.SIUnit = f.Value*u.info.si+u.info.offset, u.info.siUnit
			if f.Per != "" {
				f.SI, f.SIUnit = f.SI/canon[f.Per].si, rateSIUnits[f.SIUnit] // l/day in m3/s
				if f.SIUnit == "" {
					f.SI = 0 // "10.4 hours a month": a share of time, with no SI unit
				}
			}
		}
		if f.Kind == Length && f.Per != "" {
			// a length per a unit of time is a speed: "3,000 feet per second" (ft/s), "20
			// miles a day" (mi/day)
			f.Kind = Speed
			if s, ok := speedUnits[f.Unit+"/"+f.Per]; ok {
				f.Unit, f.Per = s, ""
			}
		}
		f.CoreEnd = f.End
	default:
		one := n.v == 1 && !f.IsRange
		if one && n.words && oneAfterDeterminer(text, n) {
			return false
		}
		// no capitalised modifiers for a decimal number that starts a line: "2.4 Sex
		// differences" is a section's number and title
		if k := timesSign(text, f.End); k > 0 && n.plainInt && !f.IsRange {
			// "2 x 500-pound bombs", "2 x F-15E": so many of the thing after the sign
			var b [64]byte
			unit, end := b[:0], 0
			if np, ok := countNoun(text, k-1, false, true); ok {
				unit, end = np.appendName(append(unit, "count:"...)), np.end()
			} else if m := designationEnd(text, k); m > k && (m == len(text) || !isLetter(text[m]) && !isDigit(text[m])) {
				unit, end = append(append(unit, "count:"...), text[k:m]...), m
			}
			if end > 0 {
				f.Kind, f.Unit = Count, countUnit(unit)
				f.CoreStart, f.CoreEnd, f.End = start, f.End, end
				f.Text = text[f.Start:f.End]
				return true
			}
			if one {
				return false // "1 x": no count of "x"
			}
		}
		np, ok := countNoun(text, f.End, one, !(n.decimals > 0 && lineStart(text, start)))
		if !ok {
			np, ok = countNoun(text, f.End, one, false) // "one Reaper was lost"
		}
		if !ok && f.End+1 < len(text) && text[f.End] == ' ' && isUpper(text[f.End+1]) {
			if ls, le, title := titleLine(text, start); title {
				np, ok = titleCountNoun(text, f.End, ls, le, one) // "Sends 3,000 More Troops"
			}
		}
		if !ok && !f.IsRange && n.v >= 2 && n.v == math.Trunc(n.v) {
			np, ok = hyphenNoun(text, f.End) // "a 312-page report"
		}
		if ok && !n.words && strings.IndexByte(text[n.start:n.end], '/') >= 0 {
			return false // "9/11 attacks", "7/7 bombings": a date naming events
		}
		if !ok && !n.words && eventDate(text, n, start) {
			return false // "since 9/11", "post-9/11": the date of an event
		}
		if ok {
			e := np.end()
			if np.n > 1 {
				// "4 consecutive days": a phrase of several words ending in a unit of time
				var b [32]byte
				lastWord := lowerASCII(b[:0], text[wordStart(text, e):e])
				if info, ok := wordUnitInfo[string(lastWord)]; ok && info.kind == Duration {
					// "4 consecutive days"
					f.Kind, f.Unit = info.kind, info.unit
					f.SI, f.SIUnit = f.Value*info.si, info.siUnit
					f.End, f.CoreEnd = e, e
					f.Start = min(f.Start, start)
					if qual != "" {
						f.Start = qstart
					}
					f.Text = text[f.Start:f.End]
					return true
				}
			}
			var b [64]byte
			f.Kind, f.Unit = Count, countUnit(np.appendName(append(b[:0], "count:"...)))
			f.CoreEnd = f.End
			f.End = e
			if per, e, ok := rateAfter(text, e, unitInfo{kind: Count}); ok {
				f.Per, f.End = per, e // "470 patrols a day", "100,000 rounds a month"
			}
			if one && (qual == "under" || qual == "over") {
				f.Qualifier, f.Start = "", start // "under one plan", "over one issue": a preposition
			}
		} else {
			if n.words && n.v == 1 && !f.IsRange && n.end-n.start == 3 {
				// a bare "one" is the pronoun ("one of the", "no one", "if one ignores")
				return false
			}
			f.Kind, f.Unit = Number, "number"
			f.CoreEnd = f.End
			if u, as, ok := oneUnitOr(text, start, n); ok && qual == "" && as >= last {
				// "a week or two", "a mile or two": from one unit to two
				f.IsRange, f.Min, f.Max, f.Value = true, 1, n.v, 1
				f.Kind, f.Unit = u.info.kind, u.info.unit
				if u.info.si != 0 {
					f.SI, f.SIUnit = u.info.si, u.info.siUnit
				}
				f.Start, f.CoreStart, f.NumStart = as, as, as
			} else if animal, e := headOf(text, f.End); e > 0 {
				// "7,000 head of cattle": livestock counted by the head
				var b [64]byte
				f.Kind, f.Unit = Count, countUnit(append(append(b[:0], "count:"...), animal...))
				f.End = e
			} else if ageBefore(text, start) && n.v < 130 && n.v >= 0 {
				// "children ages 6 and 9", "aged 18 to 25": an age, in years
				info := canon["year"]
				f.Kind, f.Unit, f.SI, f.SIUnit = info.kind, info.unit, f.Value*info.si, info.siUnit
			} else if m, ok := partOfUnit(text, f.End, n); ok {
				// "on 10 of the first 25 days": the part takes the whole's unit
				f.Kind, f.Unit = m.info.kind, m.info.unit
				if m.info.si != 0 {
					f.SI, f.SIUnit = f.Value*m.info.si+m.info.offset, m.info.siUnit
				}
			} else if np, ok := partOf(text, f.End, n); ok {
				// "75 of the 84 missiles": the part counts the whole's noun
				var b [64]byte
				f.Kind, f.Unit = Count, countUnit(np.appendName(append(b[:0], "count:"...)))
			}
			if f.Unit == "number" {
				if per, e, ok := rateAfter(text, f.End, unitInfo{kind: Count}); ok {
					f.Per, f.End, f.CoreEnd = per, e, e // "about 300 per day", "8,000 a day"
				}
			}
		}
	}
	f.Text = text[f.Start:f.End]
	return true
}

// coordinateAt reports where the hemisphere's letter is when a number ending at e is a part
// of a latitude or a longitude: followed by degree, minute or second marks, each with the next
// part's digits, and then a hemisphere's letter alone ("52.3676° N", "52°22′N", "33.5°S,",
// "4°54'30\"E"), or 0.
func coordinateAt(text string, e int) int {
	k := e
	if k < len(text) && text[k] == ' ' {
		k++
	}
	marks := 0
	for k < len(text) {
		if c := text[k]; c != "°"[0] && c != "′"[0] && c != '\'' && c != '"' {
			break // no mark starts so ("º" as "°", "″" as "′")
		}
		m := 0
		for _, s := range [...]string{"°", "º", "′", "″", "'", "\""} {
			if strings.HasPrefix(text[k:], s) {
				m = len(s)
				break
			}
		}
		if m == 0 || marks == 0 && m == 1 && !afterMark(text, e) {
			break // a foot's or an inch's mark alone is no position
		}
		k += m
		marks++
		for k < len(text) && (isDigit(text[k]) || text[k] == '.' && k+1 < len(text) && isDigit(text[k+1])) {
			k++
		}
	}
	if marks == 0 {
		return 0
	}
	if k < len(text) && text[k] == ' ' {
		k++
	}
	if k >= len(text) || !strings.ContainsRune("NSEW", rune(text[k])) || k+1 < len(text) && (isLetter(text[k+1]) || text[k+1] == '-') {
		return 0
	}
	return k
}

// afterMark reports whether the number at i follows a degree or minute mark: the minutes or
// seconds of an angle ("the 22 of 52°22′").
func afterMark(text string, i int) bool {
	for _, s := range [...]string{"°", "º", "′", "'"} {
		if strings.HasSuffix(text[:i], s) && i > len(s) && isDigit(text[i-len(s)-1]) {
			return true
		}
	}
	return false
}

// coordinatePair reports whether the latitude or longitude of the number at start, whose
// hemisphere's letter is at h, is one of a pair that gives a position: a latitude followed, after
// a comma, a space, "and" or a slash, by a longitude ("52.3676° N, 4.9041° E", "52°22′N
// 4°54′E"), or a longitude after a latitude. A latitude alone is a quantity: "the boundary is
// 40°N".
func coordinatePair(text string, start, h int) bool {
	switch text[h] {
	case 'N', 'S':
		k := h + 1
		for k < len(text) && (text[k] == ',' || text[k] == ' ' || text[k] == '/') {
			k++
		}
		if strings.HasPrefix(text[k:], "and ") {
			k += len("and ")
		}
		if k < len(text) && text[k] == '-' {
			k++
		}
		e := k
		for e < len(text) && (isDigit(text[e]) || text[e] == '.') {
			e++
		}
		if e == k {
			return false
		}
		g := coordinateAt(text, e)
		return g > 0 && (text[g] == 'E' || text[g] == 'W')
	default:
		k := start
		if k > 0 && text[k-1] == '-' {
			k--
		}
		if strings.HasSuffix(text[:k], " and ") {
			k -= len(" and")
		}
		for k > 0 && (text[k-1] == ',' || text[k-1] == ' ' || text[k-1] == '/') {
			k--
		}
		return k > 0 && (text[k-1] == 'N' || text[k-1] == 'S') && k > 1 && !isLetter(text[k-2])
	}
}

// rejectDigitsContext rejects numbers in digits that are parts of times, dates, ordinals,
// identifiers, phone numbers and list numbering.
func rejectDigitsContext(text string, n num) bool {
	e := n.end
	if h := coordinateAt(text, e); h > 0 && (coordinatePair(text, n.start, h) || afterMark(text, n.start)) {
		return true // "52.3676° N, 4.9041° E", the 22 of "52°22′N": a position, not a quantity
	}
	if e < len(text) {
		c := text[e]
		switch {
		case c == ':' && e+1 < len(text) && isDigit(text[e+1]):
			return true // 14:00
		case c == '/' && e+1 < len(text) && isDigit(text[e+1]) && !n.exp:
			return true // 24/7, 10/17/2017
		case c == '-' && n.plainInt && e+3 < len(text) && isDigit(text[e+1]) && isDigit(text[e+2]) && text[e+3] == '-':
			return true // 2017-10-17
		case c == '-' && n.plainInt && n.intDigits == 3 && e+5 <= len(text) && allDigits(text[e+1:e+5]) && (e+5 == len(text) || !isDigit(text[e+5])):
			return true // 555-1234
		case (c == '-' || c == '.') && n.plainInt && n.intDigits == 3 && phoneRest(text, e):
			return true // 703-555-1234, 703.555.1234
		case c == '-' && (n.plainInt || n.intDigits == 0) && calibreName(text[e+1:]):
			return true // ".50-caliber", "12-gauge": a weapon's bore names it
		case (c == '-' || c == ',') && locants(text, n.start):
			return true // "2-methylpropane", "2,4-dinitrotoluene": locants in a chemical's name
		case c == '-' && n.plainInt && e+2 < len(text) && text[e+1] == '0' && isDigit(text[e+2]):
			return true // "Statement 23-047", "20240203-02": a serial number, not a range
		case (c == '-' || c == '.') && n.plainInt && n.intDigits == 1 && e+4 < len(text) && allDigits(text[e+1:e+4]) && text[e+4] == c && phoneRest(text, e+4):
			return true // 1-800-621-3362: a ten-digit phone number after a country code
		case isLetter(c) && (e+1 == len(text) || !isLetter(text[e+1]) || e+2 == len(text) || !isLetter(text[e+2])):
			// (the suffixes below have one or two letters)
			w := text[e:wordEnd(text, e)]
			lw := strings.ToLower(w)
			if (n.plainInt || n.grouped && n.decimals == 0 && !n.exp) && (lw == "st" || lw == "nd" || lw == "rd" || lw == "th") {
				return true // 82nd, 2,000th
			}
			if lw == "d" && n.plainInt && militaryOrdinal(text, n) {
				return true // "3d Marine Division", "2d Battalion": second and third in military style
			}
		}
	}
	// list numbering: "1." or "1)" at the start of a line
	if n.plainInt && e+1 < len(text) && (text[e] == '.' || text[e] == ')') && (text[e+1] == ' ' || text[e+1] == '\t') {
		k := n.start
		for k > 0 && (text[k-1] == ' ' || text[k-1] == '\t') {
			k--
		}
		if k == 0 || text[k-1] == '\n' {
			return true
		}
	}
	if n.plainInt && (e+1 < len(text) && text[e] == '+' && isDigit(text[e+1]) || n.start > 1 && text[n.start-1] == '+' && isDigit(text[n.start-2])) {
		return true // "the 2+2 dialogue": a name, not a sum
	}
	if n.plainInt && identifierBefore(text, n.start) {
		return true // "ID: 12345", "case #4567": an identifier
	}
	if n.plainInt && mgrsAt(text, n) {
		return true // "38S MB 12345 67890": a grid reference
	}
	if n.plainInt && ratioAt(text, n) {
		return true // "a 3-to-1 ratio", "outnumbered 3 to 1": a ratio names no quantity alone
	}
	if dimensionsAt(text, n) {
		return true // "a 10-by-12-foot cell", "4-by-4 vehicles": a side of a pair of dimensions
	}
	if n.plainInt && descendingPair(text, n) {
		return true // "24-7", "a 3–1 score", "a 5-4 decision": no range, as ranges ascend
	}
	if n.plainInt && internationalPhone(text, n.start) {
		return true // +1 (703) 555-0142, +44 20 7946 0958
	}
	// a phone number in parentheses: "(703) 555-1234"
	if n.plainInt && n.intDigits == 3 && n.start > 0 && text[n.start-1] == '(' && e+1 < len(text) && text[e] == ')' {
		k := skipSpace1(text, e+1)
		if k+8 <= len(text) && allDigits(text[k:k+3]) && text[k+3] == '-' {
			return true
		}
	}
	return false
}

// abbreviations are short words written with a full stop before a number that designates
// something ("Sect. 2", "Chap. 3"): the stop ends no sentence. Those among designators ("Fig.",
// "Vol.") are caught before as designators.
var abbreviations = map[string]bool{"sect": true, "eqs": true, "vols": true, "chap": true, "sec": true,
	"art": true, "app": true, "suppl": true, "para": true, "pt": true, "pts": true, "op": true,
	"cit": true, "gen": true, "col": true, "capt": true, "cmdr": true, "spc": true}

// wordBeforeDigits returns the run of one or two digits that ends, after one space, just before
// i, and its start ("" when there is none).
func wordBeforeDigits(text string, i int) (string, int) {
	j := i
	if j == 0 || text[j-1] != ' ' {
		return "", i
	}
	j--
	k := j
	for k > 0 && isDigit(text[k-1]) && j-k < 2 {
		k--
	}
	if k == j || k > 0 && (isDigit(text[k-1]) || isLetter(text[k-1])) {
		return "", i
	}
	return text[k:j], k
}

// weightFollows reports whether what follows "N million pounds" at e shows a weight: "of" and
// a noun ("of cargo", "of fuel"), or a restatement in a mass unit ("[about 500 metric tons]",
// "(450,000 kilograms)").
func weightFollows(text string, e int) bool {
	rest := text[e:]
	if strings.HasPrefix(rest, " of ") {
		return true
	}
	if len(rest) < 3 || rest[0] != ' ' || rest[1] != '[' && rest[1] != '(' {
		return false
	}
	closing := strings.IndexAny(rest[2:], ")]")
	if closing < 0 || closing > 60 {
		return false
	}
	inside := strings.ToLower(rest[2 : 2+closing])
	return strings.Contains(inside, "ton") || strings.Contains(inside, "kilogram") || strings.Contains(inside, "kg")
}

// dayOrYear reports whether a number next to a month name can be a day of the month or a year:
// a plain integer from 1 to 31, or of four digits.
func dayOrYear(n num) bool {
	return n.plainInt && (n.intDigits <= 2 && n.v >= 1 && n.v <= 31 || n.intDigits == 4)
}

// sentenceEnd reports whether a month's name written before a number ends a sentence: the
// full name and a full stop ("since November. 1,001 civilians"), where an abbreviation's
// stop ("Nov. 17") does not.
func sentenceEnd(prev string, lprev []byte) bool {
	if !strings.HasSuffix(prev, ".") {
		return false
	}
	switch string(lprev) {
	case "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
		return false
	}
	return true
}

// rejectBare rejects a number with no unit: dates, years, times, designations ("Task Force 51");
// after is where the number, or the range it starts, ends; prev and ps are the word before
// start and its start, as wordBefore(text, start, true) gives them.
func rejectBare(text string, n num, start, last int, qual string, after int, prev string, ps int) bool {
	if ps < last {
		prev = ""
	}
	// the words around, lower-cased in buffers on the stack
	var pb, nb [32]byte
	lprev := appendLower(pb[:0], strings.TrimSuffix(prev, "."))
	next, _, ne := wordAt(text, n.end)
	lnext := appendLower(nb[:0], next)
	if !n.words {
		if n.end < len(text) && (isLetter(text[n.end]) || text[n.end] >= utf8.RuneSelf && letterBefore(text, n.end+utf8RuneLen(text[n.end:]))) {
			return true // "2π", "06F6": part of a formula or an identifier
		}
		if start > 0 && (text[start-1] == '[' || text[start-1] == '{') || n.end < len(text) && (text[n.end] == ']' || text[n.end] == '}') {
			return true // [11], {1}: citations and sets
		}
		if k := strings.TrimRight(text[:start], " "); strings.HasSuffix(k, "(") && strings.HasPrefix(strings.TrimLeft(text[n.end:], " "), ")") {
			return true // "(1)", "( 8)": enumerations and equation numbers
		}
		if n.plainInt && start > 0 && (text[start-1] == ')' || text[start-1] == ']') {
			return true // "Mg(ClO4)2", "(PO4)6": a subscript or index on a bracket
		}
		if n.plainInt && letterInParens(text, n.end) {
			return true // "Figures 4(a) and 4(b)", "Article 5(c)": a label with its part
		}
		if n.plainInt && n.intDigits <= 2 && enumerationMark(text, start, n.end) {
			return true // "two issues: 1) noise, 2) compliance": list numbering in a sentence
		}
		if n.end+1 < len(text) && text[n.end] == '-' && isUpper(text[n.end+1]) {
			return true // "5-FU", "3-D"
		}
		if n.plainInt && n.intDigits <= 2 && hyphenOrdinal(text, n.end) {
			return true // "the 2-506th Infantry": a battalion of a regiment
		}
		if codeCitation(text, n, start) {
			return true // "10 U.S.C. 2304", "32 CFR 117": a code's title and section
		}
		if start >= 2 && text[start-1] == '+' && isUpper(text[start-2]) && (start == 2 || !isLetter(text[start-3])) {
			return true // "H+30", "D+5": an hour or day counted from an operation's start
		}
		if n.v < 0 && (text[start] == '-' || text[start] == 0xe2) && prev != "" && ps+len(prev) >= start-1 {
			return true // "s −1": a flattened exponent
		}
		if n.start > 0 && (text[n.start-1] == '-' || strings.HasSuffix(text[:n.start], "−")) {
			k := n.start - 1
			if text[k] != '-' {
				k = n.start - len("−")
			}
			if k > 0 && letterBefore(text, k) && n.plainInt && n.intDigits == 1 {
				return true // "fb−1", "s-1": an exponent flattened onto a unit
			}
		}
		if n.plainInt && n.end+1 < len(text) && text[n.end] == ' ' && string(lnext) == ordinalSuffix(n.v) {
			return true // "10 th place": an ordinal with its suffix split off
		}
		if (isMonth(lprev) && !sentenceEnd(prev, lprev) || isMonth(lnext)) && dayOrYear(n) {
			return true // Oct. 17, 17 October, May 2017; not "since November. 1,001 civilians"
		}
		if dateRangeStart(text, n, after) {
			return true // "from 3 to 14 March": a range of days of a month
		}
		if dateRangeEnd(text, n, ps, string(lprev)) {
			return true // "from March 13 to 23": the end of a range of days
		}
		if age(text, n, start) {
			return true // "Spc. John Doe, 23, of Chicago": a person's age
		}
		// 10 a.m., 10am, 1400 GMT
		// (the rest of the text, lower-cased, starts with ".m": a '.' and an 'm' or 'M', as no
		// other rune lower-cases to 'm')
		if n.plainInt && (string(lnext) == "a" || string(lnext) == "p") && ne+1 < len(text) && text[ne] == '.' && (text[ne+1] == 'm' || text[ne+1] == 'M') {
			return true
		}
		switch string(lnext) {
		case "am", "pm", "gmt", "utc", "zulu", "est", "edt", "cet", "cest", "bst", "pst", "pdt", "cst", "cdt", "local", "hrs", "o":
			if n.plainInt || n.decimals == 2 && n.intDigits <= 2 && n.v < 24 && !n.grouped && !n.exp && !n.mult {
				return true // "2.13 am"
			}
		}
		if n.plainInt && n.intDigits == 4 && n.v >= 1000 && n.v <= 2100 && !notYear(text, num{start: n.start, end: after}, qual) {
			return true // a year (after is the end of a range: "1500 to 2000 troops" counts)
		}
		if n.plainInt && n.intDigits == 4 && n.v < 2400 && int(n.v)%100 < 60 && text[n.start] == '0' {
			return true // 0600
		}
	}
	if prev != "" && qual == "" && ps+len(prev) < start && ps+len(prev) >= start-1 && len(prev) == 1 && string(lprev) != "a" && string(lprev) != "i" && !possessive(text, ps) {
		return true // "r 2", "β 2": a variable with a flattened index or power
	}
	if prev != "" && len(prev) <= 3 && ps+len(prev) < start && text[ps+len(prev)] == ' ' && prev[0] >= utf8.RuneSelf {
		return true // Greek variables
	}
	if !n.words && n.end+1 < len(text) && text[n.end] == '/' && isLetter(text[n.end+1]) {
		return true // "1/T": a formula
	}
	if len(next) == 2 && isUpper(next[0]) && !isUpper(next[1]) && ne < len(text) && !isLetter(text[ne]) && n.end < len(text) && text[n.end] == ' ' &&
		designationEnd(text, ne-2) == ne-2 && namedModelEnd(text, ne-2, ne) == ne-2 {
		return true // "75 As": an isotope (but "two Mi-24 helicopters" and "32 Mk 41 cells" count a model)
	}
	if prev == "A" && qual == "" && ps+1 == start-1 && !sentenceStart(text, ps) {
		return true // "A 1": a variable
	}
	if !n.words && n.plainInt && qual == "" && acronymInParensBefore(text, start) {
		return true // "Carrier Air Wing (CVW) 5": a unit's name, its acronym and its number
	}
	if !n.words && n.plainInt && n.intDigits <= 3 && qual == "" && referenceNumeral(text, n, start, prev, ps) {
		return true // "20 is a fan, 21 is a stator coil": reference numerals in a drawing
	}
	if !n.words && n.plainInt && n.intDigits <= 3 && qual == "" && pluralDesignator(prev) && !eqFold(prev, "ages") && ps+len(prev)+1 == start && listFollows(text, n.end) {
		return true // "phases 3, 5 and 7", "columns 4 and 5", "Lots 15-17"
	}
	if !n.words && n.plainInt && qual == "" && string(lprev) == "of" && designatedTotal(text, ps, last) {
		return true // "Page 3 of 12", "Step 2 of 5": the last of a designated series
	}
	if qual == "" && designatedList(text, start, last) {
		return true // "Figures 3 and 4", "No. 2 to 4, 6 and 15"
	}
	if prev != "" && qual == "" {
		// (a designator's word and a full stop end a sentence before a capitalised number word,
		// "per day. Two deminers", and, when the word has five letters or more, before digits:
		// "the required level. 2 C-17s landed"; but "Figs. 3 and 4", "Suppl. 2" name the number)
		if isDesignator(lprev) && !verbAfter(text, ps) && !(prev[len(prev)-1] == '.' && !abbreviations[string(lprev)] && (len(lprev) >= 5 || n.words && isUpper(text[n.start]))) || hasSuffix(lprev, "table") || hasSuffix(lprev, "figure") || hasSuffix(lprev, "tables") || string(lprev) == "figs" || string(lprev) == "eqs" || string(lprev) == "sections" || string(lprev) == "refs" {
			return true
		}
		// a capitalised name before a bare number: "Voyager 2", "Resolution 2254"
		c := prev[0]
		acronym := false // "H.R. 815", "P.L. 118-31": an acronym names the number
		if len(prev) == 2 && prev[1] == '.' {
			as := dottedAcronymStart(text, ps)
			ps, acronym = as, as < ps
		}
		if isUpper(c) && !isStopWord(lprev) && !isMonth(lprev) && !isNumberWordBytes(lprev) && !(len(prev) > 3 && prev[len(prev)-1] == '.' && !abbreviations[string(lprev)]) {
			// (a word of more than three letters and a full stop ends a sentence: "from
			// Okinawa. 12 soldiers")
			if (!sentenceStart(text, ps) || len(prev) > 1 && isUpper(prev[1]) || acronym || titleName(text, n, start, ps)) && !titleVerbBefore(text, n, start) {
				return true
			}
		}
	}
	return false
}

// branchWords follow a battalion's designation: the regiment's branch ("2-7 Infantry", "1-64
// Armor", "3/5 Marines") or "Regiment".
var branchWords = map[string]bool{"infantry": true, "in": true, "armor": true, "armored": true, "ar": true,
	"cavalry": true, "cav": true, "field": true, "fa": true, "artillery": true, "aviation": true, "avn": true,
	"air": true, "ada": true, "engineer": true, "engineers": true, "marines": true, "marine": true,
	"regiment": true, "airborne": true}

// fractionOfUnit matches "of a" and a word unit after a fraction in words: "three-quarters of
// a mile", "half of an hour" (but not "a third of the city", a share).
func fractionOfUnit(text string, pos int, n *num) (unitMatch, bool) {
	if !n.words || n.v <= 0 || n.v >= 1 {
		return unitMatch{}, false
	}
	return fractionOfUnitAt(text, pos)
}

// fractionOfUnitAt is fractionOfUnit past its test of the number.
func fractionOfUnitAt(text string, pos int) (unitMatch, bool) {
	w, _, e := wordAt(text, pos)
	if !strings.EqualFold(w, "of") {
		return unitMatch{}, false
	}
	a, _, ae := wordAt(text, e)
	if !strings.EqualFold(a, "a") && !strings.EqualFold(a, "an") {
		return unitMatch{}, false
	}
	if k := skipSpace1(text, ae); k != ae+1 {
		return unitMatch{}, false
	}
	m, ok := matchWordUnit(text, ae+1)
	if !ok || m.info.kind == "" || m.info.unit == "times" || m.info.unit == "fold" {
		return unitMatch{}, false
	}
	return m, true
}

// lineStart reports whether only spaces and tabs stand between the start of its line and i.
func lineStart(text string, i int) bool {
	for i > 0 && (text[i-1] == ' ' || text[i-1] == '\t') {
		i--
	}
	return i == 0 || text[i-1] == '\n'
}

// possessive reports whether the one-letter word at ps is the s of a possessive: "the city's
// 66 neighborhoods".
func possessive(text string, ps int) bool {
	if text[ps] != 's' && text[ps] != 'S' {
		return false
	}
	switch {
	case strings.HasSuffix(text[:ps], "'"):
		return letterBefore(text, ps-1)
	case strings.HasSuffix(text[:ps], "’"):
		return letterBefore(text, ps-len("’"))
	}
	return false
}

// hasSuffix is strings.HasSuffix for a word lower-cased into a buffer.
func hasSuffix(b []byte, suffix string) bool {
	return len(b) >= len(suffix) && string(b[len(b)-len(suffix):]) == suffix
}

func isNumberWord(w string) bool {
	_, ok := numberWords[w]
	return ok
}

// isNumberWordBytes is isNumberWord for a word lower-cased into a buffer.
func isNumberWordBytes(w []byte) bool {
	if !numberFilter.mayHaveBytes(w) {
		return false
	}
	_, ok := numberWords[string(w)]
	return ok
}

// sentenceStart reports whether position i starts a sentence or a line.
func sentenceStart(text string, i int) bool {
	k := i
	for k > 0 && (text[k-1] == ' ' || text[k-1] == '"' || text[k-1] == '(' || text[k-1] == '\'') {
		k--
	}
	if k == 0 || text[k-1] == '\n' || text[k-1] == '.' || text[k-1] == '!' || text[k-1] == '?' || text[k-1] == ':' {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:k])
	return r == '“' || r == '‘'
}

// oneAfterDeterminer reports whether "one" follows a determiner: "the one", "no one".
func oneAfterDeterminer(text string, n num) bool {
	prev, _ := wordBefore(text, n.start, false)
	switch strings.ToLower(prev) {
	case "no", "the", "this", "that", "every", "each", "any", "which", "last", "first", "next", "only", "little", "such", "someone", "anyone":
		return true
	}
	if n.end < len(text) && (text[n.end] == '\'' || strings.HasPrefix(text[n.end:], "’")) {
		return true
	}
	return false
}

// minusBefore finds a minus sign directly before a number in digits.
func minusBefore(text string, i, last int) (int, bool) {
	var s int
	switch {
	case i >= 1 && text[i-1] == '-':
		s = i - 1
	case i >= 3 && text[i-3:i] == "−":
		s = i - 3
	default:
		return i, false
	}
	if s < last {
		return i, false
	}
	if s > 0 && (letterBefore(text, s) || text[s-1] == '-' || text[s-1] == '.' || text[s-1] == ')') {
		return i, false
	}
	return s, true
}

// currency symbols written before the number.
var currencyPrefixes = []struct{ sym, code string }{
	{"US$", "USD"}, {"U.S.$", "USD"}, {"C$", "CAD"}, {"A$", "AUD"}, {"NZ$", "NZD"}, {"HK$", "HKD"},
	{"S$", "SGD"}, {"R$", "BRL"}, {"$", "USD"}, {"€", "EUR"}, {"£", "GBP"}, {"¥", "JPY"}, {"₹", "INR"},
	{"₽", "RUB"}, {"₩", "KRW"}, {"₺", "TRY"}, {"USD", "USD"}, {"EUR", "EUR"}, {"GBP", "GBP"}, {"Rs.", "INR"},
	{"Rs", "INR"}, {"CHF", "CHF"}, {"JPY", "JPY"}, {"CNY", "CNY"}, {"RMB", "CNY"}, {"Mex$", "MXN"}, {"MX$", "MXN"},
	{"₿", "Bitcoin"},
}

// currencyLast marks the bytes that end a symbol of currencyPrefixes.
var currencyLast [256]bool

func init() {
	for _, c := range currencyPrefixes {
		currencyLast[c.sym[len(c.sym)-1]] = true
	}
}

// currencyBefore finds a currency symbol before the number at i ("$2.5", "€ 40", "US$3").
func currencyBefore(text string, i, last int) (string, int) {
	j := i
	if j > 0 && text[j-1] == ' ' {
		j--
	}
	if j == 0 || !currencyLast[text[j-1]] {
		return "", i // no symbol ends here
	}
	for _, c := range currencyPrefixes {
		s := j - len(c.sym)
		if s < last || s < 0 || text[s:j] != c.sym {
			continue
		}
		if isLetter(c.sym[0]) && letterBefore(text, s) {
			continue
		}
		if c.sym == "$" && s > 0 && isLetter(text[s-1]) {
			continue
		}
		return c.code, s
	}
	return "", i
}

// moneySuffix reads an abbreviated multiplier after a sum: "$5m", "$2.5bn", "£3 bn", "$5k".
func moneySuffix(text string, pos int, n *num) int {
	q := pos
	if q < len(text) && text[q] == ' ' {
		q++
	}
	e := wordEnd(text, q)
	if e == q {
		return pos
	}
	var m float64
	switch text[q:e] {
	case "m", "M", "mn", "mln", "MM":
		m = 1e6
	case "bn", "b", "B", "bln":
		m = 1e9
	case "k", "K":
		m = 1e3
	case "tn", "trn", "T":
		m = 1e12
	default:
		return pos
	}
	if q > pos && len(text[q:e]) == 1 {
		return pos // "$5 m" is ambiguous
	}
	n.v = n.scaled(m)
	n.step *= m
	return e
}

// skipUncertainty skips "± 0.4", "+/- 0.01", "(±2)" after a number.
func skipUncertainty(text string, pos int) int {
	q := skipSpace1(text, pos)
	switch {
	case strings.HasPrefix(text[q:], "±"):
		q += len("±")
	case strings.HasPrefix(text[q:], "+/-"), strings.HasPrefix(text[q:], "+/−"):
		if strings.HasPrefix(text[q:], "+/-") {
			q += 3
		} else {
			q += 2 + len("−")
		}
	default:
		return pos
	}
	q = skipSpace1(text, q)
	if q >= len(text) || !isDigit(text[q]) && text[q] != '.' {
		return pos
	}
	u, ok := parseDigits(text, q)
	if !ok {
		return pos
	}
	return u.end
}

// skipUncertaintyAfterUnit skips "± 0.4%" or "± 2 km" after a unit, when the unit repeats.
func skipUncertaintyAfterUnit(text string, pos int, u unitMatch) int {
	e := skipUncertainty(text, pos)
	if e == pos {
		return pos
	}
	if m, ok := matchUnit(text, e); ok && m.info.unit == u.info.unit {
		return m.end
	}
	return pos
}

// rangeMayFollow reports whether the second half of a range may follow pos: it is false when
// parseRangeEnd is, and cheaper. After one optional space, every range's sign or word starts
// with a '-', the first byte of an en dash or minus sign, or the 't' of "to" or the 'a' of "and".
func rangeMayFollow(text string, pos int) bool {
	sp := skipSpace1(text, pos)
	if sp >= len(text) {
		return false
	}
	switch text[sp] {
	case '-', 0xe2, 't', 'a':
		return true
	}
	return false
}

// parseRangeEnd parses the second half of a range after pos.
func parseRangeEnd(text string, pos int, lo num, u unitMatch, hasUnit, between, money bool) (int, num, unitMatch, bool) {
	q := pos
	sp := skipSpace1(text, q)
	var k int
	switch {
	case strings.HasPrefix(text[sp:], "-") && sp == q && !hasUnit && !lo.words:
		k = sp + 1
		if strings.HasPrefix(text[k:], " to ") {
			k += 4
		} else if strings.HasPrefix(text[k:], "to-") && k+3 < len(text) && isDigit(text[k+3]) && toRange(text, lo.start, k+3) {
			k += 3 // "2,000-to-2,500 warheads"
		}
	case strings.HasPrefix(text[sp:], "-") && sp == q && hasUnit && strings.HasPrefix(text[sp:], "- to "):
		k = sp + 5
	case strings.HasPrefix(text[sp:], "-") && sp == q && hasUnit && sp+1 < len(text) && isDigit(text[sp+1]):
		k = sp + 1
	case strings.HasPrefix(text[sp:], "−") && sp > q && !hasUnit && skipSpace1(text, sp+len("−")) > sp+len("−"):
		k = sp + len("−")
	case strings.HasPrefix(text[sp:], "–") && (sp == q || !hasUnit):
		k = sp + len("–")
	case strings.HasPrefix(text[sp:], "-") && sp > q && !hasUnit && !lo.words:
		k = sp + 1
	case strings.HasPrefix(text[sp:], "to ") || strings.HasPrefix(text[sp:], "and ") && between:
		if sp == q {
			return 0, num{}, unitMatch{}, false
		}
		k = sp + strings.IndexByte(text[sp:], ' ') + 1
	default:
		return 0, num{}, unitMatch{}, false
	}
	k = skipSpace1(text, k)
	if money && k < len(text) {
		if c, s := currencyBefore(text, k+len("$"), 0); c != "" && s == k {
			_ = c
			k = skipSpace1(text, k+len(text[s:s+1]))
		}
		for _, p := range currencyPrefixes {
			if strings.HasPrefix(text[k:], p.sym) {
				k = skipSpace1(text, k+len(p.sym))
				break
			}
		}
	}
	if k >= len(text) {
		return 0, num{}, unitMatch{}, false
	}
	neg := false // "-18 °C to -34 °C", "between minus 5 and minus 10 degrees": both ends below zero
	if lo.v < 0 && !money && text[k] == '-' && k+1 < len(text) && isDigit(text[k+1]) {
		neg, k = true, k+1
	} else if lo.v < 0 && !money && strings.HasPrefix(text[k:], "−") && k+len("−") < len(text) && isDigit(text[k+len("−")]) {
		neg, k = true, k+len("−")
	} else if lo.v < 0 && !money && !lo.words {
		for _, w := range [...]string{"minus ", "negative "} {
			if len(text) > k+len(w) && strings.EqualFold(text[k:k+len(w)], w) && isDigit(text[k+len(w)]) {
				neg, k = true, k+len(w)
				break
			}
		}
	}
	// a lower end in words and an upper end in digits, as style guides write numbers below and
	// from ten: "nine to 12 months" (wordsToDigits)
	wordsToDigits := false
	if lo.words != !(isDigit(text[k]) || text[k] == '.') {
		if lo.words && isDigit(text[k]) && lo.v >= 2 && lo.v <= 9 && lo.v == math.Trunc(lo.v) && !lo.mult && lo.end-lo.start <= 5 {
			wordsToDigits = true
		} else if lo.words || !isLetter(text[k]) {
			return 0, num{}, unitMatch{}, false
		}
	}
	if !isDigit(text[k]) && !isLetter(text[k]) {
		return 0, num{}, unitMatch{}, false
	}
	hi, ok := parseNumber(text, k)
	if neg {
		hi.v = -hi.v
	}
	if !ok || hi.v < lo.v && !neg || rejectDigitsContext(text, hi) && !hi.words || wordsToDigits && (!hi.plainInt || hi.v < 10) {
		return 0, num{}, unitMatch{}, false
	}
	end := hi.end
	if money {
		end = moneySuffix(text, end, &hi)
		return end, hi, unitMatch{}, true
	}
	end = skipUncertainty(text, end)
	m, mok := matchUnit(text, end)
	if hasUnit {
		if mok {
			if m.info.unit != u.info.unit {
				return 0, num{}, unitMatch{}, false
			}
			return m.end, hi, m, true
		}
		return end, hi, unitMatch{}, true
	}
	if mok {
		return m.end, hi, m, true
	}
	return end, hi, unitMatch{}, true
}

// qualifierBefore finds a qualifier ending just before i.
func qualifierBefore(text string, i, last int) (string, int) {
	w1, s1 := wordBefore(text, i, true)
	return qualifierBeforeWord(text, i, last, w1, s1)
}

// qualifierBeforeWord is qualifierBefore given the word before i and its start, as
// wordBefore(text, i, true) gives them.
func qualifierBeforeWord(text string, i, last int, w1 string, s1 int) (string, int) {
	// symbols: "~5", "< 3", "≈ 2"
	j := i
	if j > 0 && text[j-1] == ' ' {
		j--
	}
	if j > last {
		c := text[j-1]
		if c == '~' || c == '<' || c == '>' {
			return qualifiers[string(c)], j - 1
		}
		if c >= 0x80 {
			r, sz := utf8.DecodeLastRuneInString(text[:j])
			switch r {
			case '∼', '≈', '≥', '≤', '≳', '≲':
				return qualifiers[string(r)], j - sz
			}
		}
	}
	if w1 == "" || s1 < last {
		return "", i
	}
	// The keys of one, two and three words are built lower-cased in buffers on the stack.
	var b1, b2, b3 [32]byte
	l1 := appendLower(b1[:0], w1)
	if !qualifierLast.mayHaveBytes(l1) {
		return "", i // every key looked up below ends in w1
	}
	if w2, s2 := qualifierWordBefore(text, s1); w2 != "" && s2 >= last {
		l21 := append(append(appendLower(b2[:0], w2), ' '), l1...) // "w2 w1"
		if q, ok := lookupQualifier(l21); ok && q != "" {
			if w3, s3 := qualifierWordBefore(text, s2); w3 != "" && s3 >= last {
				if q3, ok := lookupQualifier(append(append(appendLower(b3[:0], w3), ' '), l21...)); ok && q3 != "" {
					return q3, s3
				}
			}
			return q, s2
		}
		if w3, s3 := qualifierWordBefore(text, s2); w3 != "" && s3 >= last {
			l321 := append(append(appendLower(b3[:0], w3), ' '), l21...)
			if q3, ok := lookupQualifier(l321); ok && q3 != "" {
				return q3, s3
			}
			if w4, s4 := wordBefore(text, s3, false); string(l1) == "of" && w4 != "" && s4 >= last && len(w4) <= 2 {
				// four words: "on the order of", "in the neighborhood of"
				var b4 [40]byte
				if q4, ok := lookupQualifier(append(append(appendLower(b4[:0], w4), ' '), l321...)); ok && q4 != "" {
					return q4, s4
				}
			}
		}
	}
	if q, ok := lookupQualifier(l1); ok && q != "" && q != "between" {
		return q, s1
	}
	return "", i
}

// lookupQualifier looks a key lower-cased into a buffer up in qualifiers, after qualifierWhole.
func lookupQualifier(key []byte) (string, bool) {
	if !qualifierWhole.mayHaveBytes(key) {
		return "", false
	}
	q, ok := qualifiers[string(key)]
	return q, ok
}

// timesSign returns the position after " x " or " × " and the thing it multiplies, as lists of
// equipment write so many of a thing ("2 x F-15E"), or 0 when none follows e.
func timesSign(text string, e int) int {
	for _, sign := range [...]string{" x ", " × "} {
		if strings.HasPrefix(text[e:], sign) {
			if k := e + len(sign); k < len(text) && (isLetter(text[k]) || isDigit(text[k])) {
				return k
			}
		}
	}
	return 0
}

// changeFromTo reports whether the number at start follows "from" after a verb of change and
// "to" follows it at pos: "rose from 30 to 45" states two values, a start and an end, not a
// range.
func changeFromTo(text string, start, pos int) bool {
	if !strings.HasPrefix(text[pos:], " to ") {
		return false
	}
	from, fs := wordBefore(text, start, false)
	if !eqFold(from, "from") {
		return false
	}
	return changeVerbBefore(text, fs)
}

// changeVerbBefore reports whether a verb of change ends the text before i, or comes at most
// changeObjectWords words before it, all in one clause: "rose from", "raise 155mm shell
// production from", "cut the force from".
func changeVerbBefore(text string, i int) bool {
	for n := 0; n <= changeObjectWords; n++ {
		e := i
		for e > 0 && text[e-1] == ' ' {
			e--
		}
		if e == i && n > 0 || e == 0 {
			return false
		}
		b := e
		for b > 0 && text[b-1] != ' ' {
			b--
		}
		w := text[b:e]
		if strings.ContainsAny(w, ".,;:!?()[]\"") {
			return false // punctuation: another clause
		}
		if changeVerbs[strings.ToLower(w)] {
			return true
		}
		i = b
	}
	return false
}

// changeObjectWords: see changeVerbBefore.
const changeObjectWords = 4

// changeByTo reports whether the number at start follows "by" after a verb of change, carries its
// own unit or currency (hasUnit, before "to" at pos), and hi, after "to", is at least five times
// it: "grows by $3.1 billion to $143.2 billion", "extended by 600 feet to 8,000 feet" state a
// change and the level it reaches, two figures; "cut by 10 to 15 percent" and "rose by 5% to 8%"
// stay ranges.
func changeByTo(text string, start, pos int, lo, hi num, hasUnit bool) bool {
	if !hasUnit || lo.v <= 0 || hi.v < 5*lo.v || !strings.HasPrefix(text[pos:], " to ") {
		return false
	}
	by, bs := wordBefore(text, start, false)
	if !eqFold(by, "by") {
		return false
	}
	return changeVerbs[wordBeforeLower(text, bs)]
}

// changeVerbs are verbs of change, after which "from" and "to" give a value's start and end.
var changeVerbs = fieldSet(`rose risen rise rises rising fell fallen fall falls falling increased
increase increases increasing decreased decrease decreases decreasing grew grown grow grows
growing dropped drop drops dropping declined decline declines declining climbed climb climbs
jumped jump jumps doubled tripled halved shrank shrunk shrink shrinks surged soared plunged
plummeted slipped edged cut cuts reduced reduce reduces raised raise raises expanded expand
boosted lowered changed went extended extend extends lengthened shortened`)

// qualifierWordBefore returns the word before i in a qualifier of several words, joined to it
// by spaces or, as in "not-to-exceed", by a hyphen.
func qualifierWordBefore(text string, i int) (string, int) {
	if i > 1 && text[i-1] == '-' && isLetter(text[i-2]) {
		return wordBefore(text, i-1, false)
	}
	return wordBefore(text, i, false)
}

func utf8RuneLen(s string) int {
	_, n := utf8.DecodeRuneInString(s)
	return n
}

// parseVulgar parses a lone vulgar fraction ("½ mile").
func parseVulgar(text string, i int) (Figure, bool) {
	num, den, e, _ := vulgar(text, i)
	f := Figure{Start: i, End: e, Value: num / den, NumStart: i, NumEnd: e, CoreStart: i, CoreEnd: e}
	if m, ok := matchUnit(text, e); ok {
		f.End, f.CoreEnd = m.end, m.end
		f.Unit, f.Kind = m.info.unit, m.info.kind
		if m.info.si != 0 {
			f.SI, f.SIUnit = f.Value*m.info.si+m.info.offset, m.info.siUnit
		}
	} else {
		f.Kind, f.Unit = Number, "number"
	}
	f.Text = text[f.Start:f.End]
	return f, true
}

// wordStart returns the start of the word ending at e.
func wordStart(text string, e int) int {
	k := e
	for k > 0 && isLetter(text[k-1]) {
		k--
	}
	return k
}

// clockTime reports whether a number before "pm" can be a time of day: a whole hour from 1 to 12
// ("9 pm") or hours and two digits of minutes ("5.30 pm"). "96 pm" and "2.1 pm" are picometres.
func clockTime(n num) bool {
	if n.words || n.grouped || n.exp || n.mult || n.v < 1 || n.v >= 13 {
		return false
	}
	if n.plainInt {
		return true
	}
	return n.decimals == 2 && n.v-float64(int(n.v)) < 0.595
}

// overFraction reads "1 over 3", "one over three" as a fraction when nothing is measured after
// it (not "$2000 over 3 years").
func overFraction(text string, n *num) {
	w, _, we := wordAt(text, n.end)
	if w != "over" || n.v != float64(int(n.v)) || n.v > 20 {
		return
	}
	k := skipSpace1(text, we)
	if k == we || k >= len(text) || !(isDigit(text[k]) || isLetter(text[k])) {
		return
	}
	if isLetter(text[k]) && !isNumberWordStart(text, k, wordEnd(text, k)) {
		return
	}
	d, ok := parseNumber(text, k)
	if !ok || d.v == 0 || d.words != n.words && false || unitAt(text, d.end) {
		return
	}
	if _, ok := countNoun(text, d.end, d.v == 1, false); ok {
		return
	}
	n.v /= d.v
	n.end = d.end
	n.step = 0
	n.plainInt = false
}

// moneyMultiplierAfter reads a multiplier word after a currency written after the number:
// "75 USD million", "3 euros billion" are rare, "75 USD million" is how some reports write it.
func moneyMultiplierAfter(text string, pos int, n *num) int {
	w, _, e := wordAt(text, pos)
	if w == "" || len(w) > 8 {
		return pos
	}
	nw, ok := numberWords[strings.ToLower(w)]
	if !ok || nw.kind != 'm' || w[len(w)-1] == 's' {
		return pos
	}
	n.v = n.scaled(nw.v)
	n.step *= nw.v
	n.mult, n.plainInt = true, false
	return e
}

// millionsCode reads an ISO 4217 code prefixed with M for millions, as in financial tables:
// "120 MEUR", "20 MUSD".
func millionsCode(text string, pos int) (unitMatch, bool) {
	if !(pos < len(text) && text[pos] == 'M' || pos+1 < len(text) && text[pos+1] == 'M') {
		return unitMatch{}, false // no code starts at pos or after one space: the common case
	}
	return millionsCodeAt(text, pos)
}

// millionsCodeAt is millionsCode past its test of the first letter.
func millionsCodeAt(text string, pos int) (unitMatch, bool) {
	w, s, e := wordAt(text, pos)
	if len(w) != 4 || w[0] != 'M' || s > pos+1 || e < len(text) && (isLetter(text[e]) || isDigit(text[e])) {
		return unitMatch{}, false
	}
	code := w[1:]
	for _, c := range currencyCodes {
		if c == code {
			return unitMatch{info: lookupUnit(c), end: e}, true
		}
	}
	return unitMatch{}, false
}

// bracketedUnit reads a unit symbol in brackets right after a number: "20 (kg)", "20 [kg]",
// "20 {kg}", "20 <kg>".
func bracketedUnit(text string, pos int) (unitMatch, bool) {
	if pos+1 >= len(text) || text[pos+1] != '(' && text[pos+1] != '[' && text[pos+1] != '{' && text[pos+1] != '<' {
		return unitMatch{}, false // no bracket after one space: the common case
	}
	return bracketedUnitAt(text, pos)
}

// bracketedUnitAt is bracketedUnit past its test of the bracket.
func bracketedUnitAt(text string, pos int) (unitMatch, bool) {
	q := skipSpace1(text, pos)
	if q != pos+1 || q >= len(text) {
		return unitMatch{}, false
	}
	var closing byte
	switch text[q] {
	case '(':
		closing = ')'
	case '[':
		closing = ']'
	case '{':
		closing = '}'
	case '<':
		closing = '>'
	default:
		return unitMatch{}, false
	}
	m, ok := matchSymbolUnit(text, q+1, false)
	if !ok || m.end >= len(text) || text[m.end] != closing || m.info.kind == Money || m.end-q-1 > 6 || m.end-q-1 < 2 {
		return unitMatch{}, false
	}
	if e := m.end + 1; e < len(text) && (isLetter(text[e]) || isDigit(text[e])) {
		return unitMatch{}, false
	}
	m.end++
	return m, true
}

func isLower(c byte) bool { return c >= 'a' && c <= 'z' }

// hyphenOrdinal reports whether a hyphen and a number with an ordinal's suffix follow at e, as
// a battalion of a regiment is written: "2-506th", "1-75th" (not a range).
func hyphenOrdinal(text string, e int) bool {
	if e+1 >= len(text) || text[e] != '-' || !isDigit(text[e+1]) {
		return false
	}
	j := e + 1
	for j < len(text) && isDigit(text[j]) && j-e <= 4 {
		j++
	}
	if j+2 > len(text) || j+2 < len(text) && (isLetter(text[j+2]) || isDigit(text[j+2])) {
		return false
	}
	switch string([]byte{text[j] | 0x20, text[j+1] | 0x20}) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// listFollows reports whether a list separator and another number in digits follow at e, or a
// range's hyphen or dash and a whole number after which no word is counted: "Lots 15-17",
// "lines 2–12" (a stop word or none follows; not "kills 3-5 people", "lists 3-5 IEDs"), or
// "through" and a whole number: "Flights 1 through 4 launched".
func listFollows(text string, e int) bool {
	through := false
	k := strings.IndexAny(text[e:min(e+4, len(text))], "-–")
	if k == 0 {
		k = e + utf8RuneLen(text[e:])
	} else {
		k = -1
		for _, sep := range []string{" through ", " thru "} {
			if strings.HasPrefix(text[e:], sep) && e+len(sep) < len(text) && isDigit(text[e+len(sep)]) {
				k, through = e+len(sep), true // "Flights 1 through 4"
			}
		}
	}
	if k >= 0 {
		j := k
		for j < len(text) && isDigit(text[j]) {
			j++
		}
		if j == k || j-k > 4 || j < len(text) && (isLetter(text[j]) || text[j] == '.' && j+1 < len(text) && isDigit(text[j+1])) {
			return false
		}
		if through {
			return true // a series named inclusively: "Flights 1 through 4 launched"
		}
		var b [16]byte
		w, _, _ := wordAt(text, j)
		return len(w) == 0 || len(w) <= len(b) && stopWords[string(lowerASCII(b[:0], w))]
	}
	for _, sep := range []string{", and ", ", ", " and ", " or "} {
		if strings.HasPrefix(text[e:], sep) {
			k := e + len(sep)
			return k < len(text) && isDigit(text[k])
		}
	}
	return false
}

// outOf parses the whole a part is "out of" after it: " out of nine", " out of the 76". The part
// must be no larger than the whole ("12 out of 10" is two numbers).
func outOf(text string, pos int, part num) (num, bool) {
	if k := skipSpace1(text, pos); k >= len(text) || text[k]|0x20 != 'i' && text[k]|0x20 != 'o' && text[k] != '-' {
		return num{}, false // neither "-in-" nor "in" nor "out" follows: the common case
	}
	if strings.HasPrefix(text[pos:], "-in-") && part.v >= 1 && part.v == math.Trunc(part.v) {
		return oneIn(text, pos+len("-in-"), part) // "1-in-3 soldiers", "one-in-five"
	}
	w, _, e := wordAt(text, pos)
	if eqFold(w, "in") && part.v >= 1 && part.v == math.Trunc(part.v) {
		return oneIn(text, e, part) // "one in five", "1 in 4 homes"
	}
	if !eqFold(w, "out") {
		return num{}, false
	}
	if w, _, e = wordAt(text, e); !eqFold(w, "of") {
		return num{}, false
	}
	w, k, e2 := wordAt(text, e)
	if eqFold(w, "the") {
		w, k, _ = wordAt(text, e2)
	}
	if k >= len(text) || w == "" && !isDigit(text[k]) || w != "" && !isNumberWord(strings.ToLower(w)) {
		return num{}, false
	}
	whole, ok := parseNumber(text, k)
	if !ok || part.v < 0 || whole.v <= 0 || whole.v < part.v {
		return num{}, false
	}
	return whole, true
}

// oneIn reads the whole of a proportion written "N in M" ("one in five", "1 in 4 homes"),
// from e, after "in": a whole number larger than the part, with no unit after it ("3 in 24
// hours" is no proportion) and not a year.
func oneIn(text string, e int, part num) (num, bool) {
	w, k, _ := wordAt(text, e)
	if k >= len(text) || w == "" && !isDigit(text[k]) || w != "" && !isNumberWord(strings.ToLower(w)) {
		return num{}, false
	}
	whole, ok := parseNumber(text, k)
	if !ok || whole.v <= part.v || whole.v != math.Trunc(whole.v) || whole.v > 1000 || whole.mult {
		return num{}, false
	}
	if next, _, _ := wordAt(text, whole.end); next != "" {
		var b [16]byte
		if _, unit := wordUnits[string(appendLower(b[:0], next))]; unit {
			return num{}, false
		}
	}
	return whole, true
}

// partOf returns the counted noun of the whole that a part is "of" after it: " of the 84
// missiles", " of 12 ships", " of their 40 vehicles". The part must be no larger than the
// whole, and the whole must count a noun.
func partOf(text string, pos int, part num) (nounPhrase, bool) {
	np, ok, _ := partOfAt(text, pos, part, false)
	return np, ok
}

// partOfAt is partOf; with unitOnly set it stops at the whole's number and returns where it
// ends.
func partOfAt(text string, pos int, part num, unitOnly bool) (nounPhrase, bool, int) {
	w, _, e := wordAt(text, pos)
	if !eqFold(w, "of") {
		return nounPhrase{}, false, 0
	}
	w, k, e2 := wordAt(text, e)
	switch strings.ToLower(w) {
	case "the", "its", "their", "these", "those", "our", "his", "her":
		if w2, k2, e3 := wordAt(text, e2); wholeLeads[strings.ToLower(w2)] {
			w, k, _ = wordAt(text, e3) // "10 of the first 25 miles"
			break
		} else if w2 != "" && !isNumberWord(strings.ToLower(w2)) && k2 < len(text) && !isDigit(text[k2]) && part.v >= 2 && part.v == math.Trunc(part.v) {
			// a part of a whole not counted: "38 of the drones" counts drones
			if unitOnly {
				return nounPhrase{}, false, 0
			}
			np, ok := countNoun(text, e2, false, true)
			return np, ok, 0
		}
		w, k, _ = wordAt(text, e2)
	default: // a possessive name: "10 of Helmand's 14 district centers"
		if w != "" && isUpper(w[0]) {
			if rest := text[e2:]; strings.HasPrefix(rest, "'s ") || strings.HasPrefix(rest, "’s ") {
				w, k, _ = wordAt(text, e2+strings.IndexByte(rest, ' '))
			}
		}
	}
	if k >= len(text) || w == "" && !isDigit(text[k]) || w != "" && !isNumberWord(strings.ToLower(w)) {
		return nounPhrase{}, false, 0
	}
	whole, ok := parseNumber(text, k)
	if !ok || part.v <= 0 || whole.v <= 0 || whole.v < part.v || part.v != math.Trunc(part.v) {
		return nounPhrase{}, false, 0
	}
	if unitOnly {
		return nounPhrase{}, true, whole.end
	}
	np, ok := countNoun(text, whole.end, whole.v == 1, true)
	return np, ok, 0
}

// wholeLeads are the words that may come between a determiner and the whole a part is of:
// "10 of the first 25 days".
var wholeLeads = map[string]bool{"first": true, "last": true, "past": true, "next": true, "previous": true, "final": true, "remaining": true}

// partOfUnit matches a part of a whole with a unit of measure, "on 10 of the first 25 days", "3
// of the 12 miles", and returns the whole's unit, which the part takes (not a percentage or
// money: "2 of the 5 percent").
func partOfUnit(text string, pos int, part num) (unitMatch, bool) {
	_, ok, e := partOfAt(text, pos, part, true)
	if !ok {
		return unitMatch{}, false
	}
	m, ok := matchUnit(text, e)
	if !ok || m.info.kind == Money || m.info.kind == Percent || m.info.kind == "" {
		return unitMatch{}, false
	}
	return m, true
}

// ordinalSuffix is the suffix of the ordinal of a whole number: "st" for 1, 21 (not 11), "nd"
// for 2, "rd" for 3, "th" for the rest.
func ordinalSuffix(v float64) string {
	k := int(v) % 100
	switch {
	case k/10 == 1:
		return "th"
	case k%10 == 1:
		return "st"
	case k%10 == 2:
		return "nd"
	case k%10 == 3:
		return "rd"
	}
	return "th"
}

// nauticalWords are words of ships, aircraft and distances at sea or in the air: in a sentence
// with one, "nm" after a number is nautical miles, not nanometres.
var nauticalWords = fieldSet(`ship ships vessel vessels navy naval sea seas ocean sail sailed sailing
	carrier carriers fleet aircraft flew flight flights fly flying miles mile knots coast
	coastline port strait submarine submarines destroyer destroyers frigate frigates warship warships
	missile missiles nautical offshore airspace bomber bombers patrol maritime pacific atlantic gulf
	waters`)

// heatIndexBefore reports whether the clause before the number at i speaks of a "heat index" or
// a "wind chill", measures of felt temperature given in degrees Fahrenheit: "the heat index
// reached 104 degrees" (not "the heat index was high, with lows of 20 degrees").
func heatIndexBefore(text string, i int) bool {
	start, _ := sentenceAround(text, i)
	start = max(start, strings.LastIndexAny(text[:i], ",;:")+1)
	end := i
	var b [64]byte
	for k := start; k < end; k += len(b) - 10 {
		chunk := lowerASCII(b[:0], text[k:min(end, k+len(b))])
		if bytes.Contains(chunk, []byte("heat index")) || bytes.Contains(chunk, []byte("wind chill")) {
			return true
		}
	}
	return false
}

// nauticalSentence reports whether the sentence around i has one of the nauticalWords.
func nauticalSentence(text string, i int) bool {
	start, end := sentenceAround(text, i)
	var b [16]byte
	for k := start; k < end; {
		if !isLetter(text[k]) {
			k++
			continue
		}
		e := wordEnd(text, k)
		if e == k {
			k++
			continue
		}
		if e-k <= len(b) && nauticalWords[string(lowerASCII(b[:0], text[k:e]))] {
			return true
		}
		k = e
	}
	return false
}

// sentenceAround returns the bounds of the sentence around i: between full stops followed by a
// space, or line ends.
func sentenceAround(text string, i int) (int, int) {
	start := max(strings.LastIndex(text[:i], ". "), strings.LastIndexByte(text[:i], '\n')) + 1
	end := len(text)
	if d := strings.Index(text[i:], ". "); d >= 0 {
		end = i + d
	}
	if d := strings.IndexByte(text[i:end], '\n'); d >= 0 {
		end = i + d
	}
	return start, end
}

// inchesAfterFeet returns the end of "in" read as inches after a whole number below 12 that
// follows a length in feet, "6 ft 2 in tall", "5 feet 11 in." (where "in" ends the clause or comes
// before "tall", "long", "high", "wide" or "deep"), or pos when there is none.
func inchesAfterFeet(text string, start, pos int, n num) int {
	if !n.plainInt || n.v >= 12 || !strings.HasPrefix(text[pos:], " in") {
		return pos
	}
	e := pos + len(" in")
	if e < len(text) && text[e] != ' ' && !clauseEnd(text, e) {
		return pos
	}
	if e < len(text) && text[e] == ' ' {
		switch w, _, _ := wordAt(text, e); w {
		case "tall", "long", "high", "wide", "deep":
		default:
			return pos
		}
	}
	f, fs := wordBefore(text, start, false)
	switch f {
	case "ft", "feet", "foot":
	default:
		return pos
	}
	if fs < 2 || !isDigit(text[skipBackSpace(text, fs)-1]) {
		return pos
	}
	return e
}

// inchesInBrackets returns the end of "in" read as inches when it closes a bracket opened right
// before the number and right after a length: "a 155 mm (6.1 in) shell", "25 cm [10 in]".
func inchesInBrackets(text string, start, pos int) int {
	e := pos + len(" in")
	if start < 2 || e >= len(text) || !strings.HasPrefix(text[pos:], " in") || text[e] != ')' && text[e] != ']' {
		return pos
	}
	open := start - 1
	if !(text[open] == '(' && text[e] == ')' || text[open] == '[' && text[e] == ']') {
		return pos
	}
	_, ws := wordBefore(text, open, false)
	if m, ok := matchUnit(text, ws); !ok || m.info.kind != Length || skipSpace1(text, m.end) != open {
		return pos
	}
	return e
}

// skipBackSpace returns the start of the spaces that end text[:i].
func skipBackSpace(text string, i int) int {
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	return i
}

// designatedTotal reports whether "of" at ps follows a whole number in digits named by a
// designator: the "Page 3" of "Page 3 of 12".
func designatedTotal(text string, ps, last int) bool {
	k := skipBackSpace(text, ps)
	d := k
	for d > last && isDigit(text[d-1]) {
		d--
	}
	if d == k || k == ps {
		return false
	}
	w, ws := wordBefore(text, d, true)
	if ws < last || w == "" {
		return false
	}
	var b [16]byte
	return len(w) <= len(b) && isDesignator(appendLower(b[:0], w))
}

// ageBefore reports whether "age", "ages" or "aged" stands before the number at start, or before
// the numbers of a list it ends ("ages 6 and 9", "aged 4, 7 and 12"): the number is an age.
func ageBefore(text string, start int) bool {
	k := start
	const last = 0 // the numbers of the list before are figures of their own
	for step := 0; step < 8; step++ {
		j := k
		for j > last && (text[j-1] == ' ' || step > 0 && text[j-1] == ',') {
			j--
		}
		if j == k || j <= last {
			return false
		}
		t := j
		for t > last && (isLetter(text[t-1]) || isDigit(text[t-1])) {
			t--
		}
		w := text[t:j]
		switch {
		case w == "":
			return false
		case eqFold(w, "age") || eqFold(w, "ages") || eqFold(w, "aged"):
			return true
		case step > 0 && isDigit(w[0]) && len(w) <= 3:
		case step == 0 && (eqFold(w, "and") || eqFold(w, "or")):
		default:
			return false
		}
		if step > 0 && !isDigit(w[0]) {
			return false
		}
		k = t
	}
	return false
}

// tensOrdinal reports whether a number in words ending in a tens word is joined by a hyphen to
// an ordinal word, as one ordinal: "twenty-first", "thirty-third". With "second" it is one only
// after a definite determiner or a possessive ("the twenty-second day", "its fifty-second
// anniversary", "Ukraine's forty-second package"); "a thirty-second delay" and "sixty-second
// intervals" are durations.
func tensOrdinal(text string, n num) bool {
	e := n.end
	if e+1 >= len(text) || text[e] != '-' || !isLetter(text[e+1]) {
		return false
	}
	tens, _ := wordBefore(text, e, false)
	if v, ok := numberWords[strings.ToLower(tens)]; !ok || v.kind != 't' {
		return false
	}
	w := text[e+1 : wordEnd(text, e+1)]
	switch strings.ToLower(w) {
	case "first", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth":
		return true
	case "second":
		p, ps := wordBefore(text, n.start, false)
		switch strings.ToLower(p) {
		case "the", "its", "our", "their", "his", "her", "my", "your", "this", "that", "whose":
			return true
		}
		return p != "" && possessive(text, ps)
	}
	return false
}

// oneUnitOr finds "a" or "an", a unit in the singular and "or" before a number in words from
// two to four at start: "within a week or two", "a mile or three". It returns the unit and
// where "a" starts.
func oneUnitOr(text string, start int, n num) (unitMatch, int, bool) {
	if !n.words || n.v < 2 || n.v > 4 || n.v != math.Trunc(n.v) {
		return unitMatch{}, 0, false
	}
	or, os := wordBefore(text, start, false)
	if !eqFold(or, "or") || os+len(or)+1 != start {
		return unitMatch{}, 0, false
	}
	uw, us := wordBefore(text, os, false)
	a, as := wordBefore(text, us, false)
	if uw == "" || us+len(uw)+1 != os || !eqFold(a, "a") && !eqFold(a, "an") || as+len(a)+1 != us {
		return unitMatch{}, 0, false
	}
	u, ok := matchWordUnit(text, us)
	if !ok || u.end != us+len(uw) || u.info.kind == "" || u.info.kind == Number || u.info.kind == Count || strings.HasSuffix(uw, "s") {
		return unitMatch{}, 0, false
	}
	return u, as, true
}

// headOf finds " head of " and livestock in lower case after a number ending at e, as livestock is
// counted: "7,000 head of cattle", "300 head of sheep". It returns the noun's singular and the
// end of the phrase, or 0.
func headOf(text string, e int) (string, int) {
	const h = " head of "
	if !strings.HasPrefix(text[e:], h) {
		return "", 0
	}
	k := e + len(h)
	w := wordEnd(text, k)
	if w == k || !isLower(text[k]) || w < len(text) && (isDigit(text[w]) || text[w] == '-') {
		return "", 0
	}
	stem, suffix := lemma(text[k:w])
	if !livestock[stem+suffix] {
		return "", 0 // "4 head of state visits"
	}
	return stem + suffix, w
}

// livestock are the animals counted by the head, in the singular.
var livestock = fieldSet(`cattle sheep goat swine livestock horse buffalo camel pig hog bison deer ox
poultry cow steer calf yak donkey mule reindeer`)

// belowZero returns where " below zero" ends after a number or a unit of temperature ending
// at pos ("40 below zero", "30 degrees below zero"), or, when bare is set, where " below"
// ends at the end of a clause that speaks of a temperature, a wind chill or a heat index ("the
// wind chill reached 40 below."); otherwise pos. Not "40 below the surface", "20 below par".
func belowZero(text string, pos int, bare bool) int {
	if !strings.HasPrefix(text[pos:], " below") {
		return pos
	}
	e := pos + len(" below")
	if strings.HasPrefix(text[e:], " zero") && (e+len(" zero") == len(text) || !isLetter(text[e+len(" zero")])) {
		return e + len(" zero")
	}
	if !bare || e < len(text) && !strings.ContainsRune(".,;:)", rune(text[e])) {
		return pos
	}
	start, _ := sentenceAround(text, pos)
	start = max(start, strings.LastIndexAny(text[:pos], ",;:")+1)
	var b [256]byte
	clause := lowerASCII(b[:0], text[max(start, pos-len(b)):pos])
	for _, w := range [...]string{"temperature", "wind chill", "heat index", "thermometer", "mercury"} {
		if bytes.Contains(clause, []byte(w)) {
			return e
		}
	}
	return pos
}

// dayOfSingular reports whether " of " and a singular noun, or a name, follow a number in
// words ending at e, with a determiner between them or none: the number is then a day of an
// operation, "day forty-one of the operation", "day one of the war" (not "each day two of the
// crews", "day two of them").
func dayOfSingular(text string, e int) bool {
	if !strings.HasPrefix(text[e:], " of ") {
		return false
	}
	w, ws, we := wordAt(text, e+len(" of"))
	switch strings.ToLower(w) {
	case "the", "this", "its", "our", "their", "his", "her":
		w, ws, we = wordAt(text, we)
	case "them", "us", "those", "these", "you", "which", "whom":
		return false
	}
	if w == "" || ws >= len(text) {
		return false
	}
	if isUpper(text[ws]) {
		return true // "day forty of Operation Rough Rider"
	}
	return text[we-1] != 's' && !stopWords[strings.ToLower(w)]
}

// bearings are the words that place a distance from somewhere: "400 nm southwest of Guatemala".
var bearings = fieldSet(`north south east west northeast northwest southeast southwest north-east
	north-west south-east south-west`)

// bearingAfter reports whether a word that places a distance from somewhere follows e: a
// length in "nm" then is in nautical miles, as no nanometre is measured from a place ("roughly
// 400 nm southwest of Guatemala").
func bearingAfter(text string, e int) bool {
	w, ws, _ := wordAt(text, e)
	if ws != e+1 {
		return false
	}
	var b [16]byte
	return len(w) <= len(b) && bearings[string(lowerASCII(b[:0], w))]
}

// spreadOver reports whether the word before the qualifier "over" at qstart is a participle of
// work spread over a time ("delivered over 36 months", "paid over 10 years"), where "over"
// names the time it takes, not more than it ("lasted over two years" is more than two).
func spreadOver(text string, qstart int) bool {
	w, _ := wordBefore(text, qstart, false)
	return spreadParticiples[strings.ToLower(w)]
}

// spreadParticiples: see spreadOver.
var spreadParticiples = fieldSet(`delivered spread paid spent phased fielded built conducted performed
completed procured purchased acquired bought disbursed distributed produced repaid amortized
amortised financed funded installed`)
