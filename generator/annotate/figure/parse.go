package figure

import (
	"math"
	"strings"
)

// parseFigure parses the figure whose number starts at i into f. Nothing of it may start before
// last (the end of the previous figure). f holds a figure only when it returns true.
func parseFigure(text string, i, last int, f *Figure) bool {
	n, ok := parseNumber(text, i)
	if !ok {
		return false
	}
	if n.words && n.end-n.start == 4 && (text[n.start] == 'Z' && !sentenceStart(text, n.start) || strings.HasPrefix(text[n.end:], " hour") ||
		strings.EqualFold(wordBeforeLower(text, n.start), "ground")) && strings.EqualFold(text[n.start:n.end], "zero") {
		// ("ground zero": the devastated area)
		return false // a fighter's name, "A Zero struck", or the hour of an attack, "Zero hour came"
	}
	if !n.words && rejectDigitsContext(text, n) {
		return false
	}
	overFraction(text, &n)
	if rest := text[n.end:]; n.v >= 1 && n.v <= 5 && (strings.HasPrefix(rest, "-star") || strings.HasPrefix(rest, " star ")) &&
		!strings.HasPrefix(rest, "-stars") && (len(rest) == len("-star") || !isLetter(rest[len("-star")])) {
		return false // "a two-star general", "the three-star": a rank (or a rating), no count of stars
	}
	if n.words {
		if numberWordNamed(text, i, n.end) {
			return false // "Five Eyes partners", "the Five Eyes": a name
		}
		if spokenDigits(text, n) {
			return false // "in nineteen ninety-one", "at zero-six-hundred hours"
		}
		if n.start >= len("figure-") && strings.EqualFold(text[n.start-len("figure-"):n.start], "figure-") {
			return false // "a figure-eight pattern": a shape
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
	if cur == "PHP" && strings.HasPrefix(text[cstart:], "PHP") && !n.mult && !n.grouped {
		cur = "" // "PHP 8" is the language; "PHP 2 billion", "PHP 35,000" pesos
	}
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
	plus := false   // "-plus" after the number
	orSo := false   // "or so" or "-odd" after the number: about
	orMore := false // "or more" after the number: at least
	if cur != "" {
		pos = moneySuffix(text, pos, &n)
		f.Value = n.v
		if strings.HasPrefix(text[pos:], "-plus") && wordEndsAt(text, pos+len("-plus")) {
			pos, plus = pos+len("-plus"), true // "$1 billion-plus in new aid"
		}
		if code := dollarCodeAfter(text, pos); code != "" && cur == "USD" && text[cstart] == '$' {
			cur, pos = code, pos+4 // "$2.6 billion CAD": the code says whose dollars
		} else if m, ok := matchUnit(text, pos); ok && m.info.kind == Money {
			pos = m.end // "$5 USD"
		}
		u = unitMatch{info: lookupUnit(cur), end: pos}
		hasUnit = true
	} else {
		if e := millionsBeforeNoun(text, pos, &n); e > pos {
			pos, f.Value = e, n.v // "5.2m tonnes of grain", "5.2 mln tonnes"
		}
		pos = skipUncertainty(text, pos)
		if strings.HasPrefix(text[pos:], "-plus") && pos == n.end && wordEndsAt(text, pos+len("-plus")) {
			pos, plus = pos+len("-plus"), true // "5,000-plus Afghans", "numbered 300,000-plus."
		} else if pos == n.end && pos < len(text) && text[pos] == '+' && (pos+1 == len(text) || text[pos+1] == ' ') {
			pos, plus = pos+1, true // "20+ countries", "5+ years"
		}
		if strings.HasPrefix(text[pos:], " or so") && (pos+len(" or so") == len(text) || !isLetter(text[pos+len(" or so")])) {
			pos, orSo = pos+len(" or so"), true // "20 or so soldiers", "a dozen or so ships": about
		} else if strings.HasPrefix(text[pos:], " or more") && pos == n.end && wordEndsAt(text, pos+len(" or more")) {
			pos, orMore = pos+len(" or more"), true // "three or more times", "numbered 300,000 or more.": at least
		} else if strings.HasPrefix(text[pos:], "-odd") && pos == n.end && (pos+len("-odd") == len(text) || !isLetter(text[pos+len("-odd")])) {
			pos, orSo = pos+len("-odd"), true // "2,000-odd staff", "20-odd years": about
		} else if strings.HasPrefix(text[pos:], "-some") && pos == n.end && n.v >= 20 && math.Mod(n.v, 10) == 0 && (pos+len("-some") == len(text) || !isLetter(text[pos+len("-some")])) {
			pos, orSo = pos+len("-some"), true // "twenty-some days", "30-some years": about
		}
		if m, ok := matchUnit(text, pos); ok && !(n.v != 1 && !n.mult && singularUnitModifier(text, pos, m)) && !capitalsAcronymUnit(text, pos, m) {
			u, hasUnit, pos = m, true, m.end
			if m.info.kind == Money {
				pos = moneyMultiplierAfter(text, pos, &n) // "75 USD million"
				f.Value = n.v
			}
		} else if m, ok := unitAfterMore(text, pos); ok {
			u, hasUnit, pos = m, true, m.end // "two to three more years", "10 more miles"
		} else if e := wonAfter(text, pos); e > 0 && n.multWord >= 1e6 {
			u, hasUnit, pos = unitMatch{info: lookupUnit("KRW"), end: e}, true, e // "59.4 trillion won"
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
			info.kind = Temperature
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
				if u.info.kind != Temperature {
					u.info.kind = Temperature // degrees below zero are of temperature, not of an angle
				}
			}
		}
		if hasUnit && u.info.unit == "deg" && u.info.kind == Temperature && pos == u.end && n.v < 0 {
			if info, e, ok := scaleAfter(text, pos); ok {
				u.info, u.end, pos = info, e, e // "40 below zero Fahrenheit"
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
		} else if spokenThousands(n, hi) {
			// "15 to 30,000 civilians", "between 10 and 15,000 troops": said as "fifteen to
			// thirty thousand", the thousands are both ends'
			n.v *= 1000
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
		if (!hasUnit || u.info.unit == "deg" || u.info.kind == Temperature) && f.Min > 0 && pos == max(hi.end, u.end) {
			if e := belowZero(text, pos, false); e > pos {
				// "wind chills of 60 to 70 below zero", "20 to 30 degrees below zero"
				f.Min, f.Max = -f.Max, -f.Min
				n.v, f.Value = f.Min, f.Min
				if !hasUnit {
					info := canon["deg"]
					info.kind = Temperature
					if heatIndexBefore(text, n.start) {
						info = canon["degF"]
					}
					u, hasUnit = unitMatch{info: info, end: e}, true
				} else if u.info.kind != Temperature {
					u.info.kind = Temperature
				}
				u.end, pos = e, e
				if info, e, ok := scaleAfter(text, pos); ok && u.info.unit == "deg" {
					u.info, u.end, pos = info, e, e // "20 to 30 below zero Celsius"
				}
			}
		}
		if !hasUnit && n.plainInt && hi.plainInt && n.intDigits == 4 && hi.intDigits == 4 && !notYear(text, num{start: n.start, end: r}, "") {
			return false // 2014-2017: years (but "1500 to 2000 troops" counts)
		}
	} else if between && !hasUnit && false {
		return false
	}

	if hasUnit && cur == "" && u.info.kind == Money && priceBaseYear(text, n, pw) {
		return false // "$1.2 billion in 2022 dollars": the year prices are given in
	}
	if hasUnit && u.end == n.end+1 && text[n.end] == 'L' && n.plainInt && n.intDigits >= 3 && pluralNounAt(text, u.end) {
		return false // "18 463L pallets": a model's designation, not 463 litres
	}
	if hasUnit && u.end == n.end+1 && strings.IndexByte("NSEW", text[n.end]) >= 0 && designatorBefore(text, start) {
		return false // "Hill 881S", "Hills 881N": a compass letter in a name's number
	}
	if n.words && n.start > 0 && text[n.start-1] == '-' && strings.EqualFold(text[n.start:n.end], "zero") {
		switch timeWordBefore(text, n.start) {
		case "net", "sub", "near":
			return false // "net-zero", "sub-zero temperatures": an adjective
		}
	}
	if !hasUnit && n.words && nameOfNumber(text, n) {
		return false // "Operation Mother of Two Springs", "Sons of Two Rivers": a name's word
	}
	if !hasUnit && battalionShorthand(text, n, start) {
		return false // "the 1/7 held Hill 1282": a battalion of a regiment
	}
	if hasUnit && u.info.unit == "second" && u.end == n.end+1 && n.plainInt && n.intDigits >= 2 && text[n.start] == '0' {
		return false // "eight 071s": a class's number in the plural, not seconds
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
		numEnd := n.end
		if f.IsRange {
			numEnd = f.NumEnd // "3 to 5 nm": the unit follows the range's upper end
		}
		if u.info.unit == "nm" && u.end-numEnd <= 3 && n.v >= 1 && (nauticalSentence(text, n.end) || bearingAfter(text, u.end)) {
			u.info = lookupUnit("nmi") // "sailed 4,000 nm across the Pacific": nautical miles
		}
		if u.info.unit == "deg" && u.end-n.end > 3 && heatIndexBefore(text, n.start) {
			u.info = lookupUnit("degF") // "a heat index of 104 degrees": the index is in °F
		} else if u.info.unit == "deg" && u.info.kind != Temperature && u.end-n.end > 3 && (clauseHas(text, n.start, "temperature") ||
			clauseHas(text, n.start, "highs") || clauseHas(text, n.start, "lows ") || clauseHas(text, n.start, "mercury") || strings.HasPrefix(text[u.end:], " in the shade")) {
			// "temperatures regularly reach 120 degrees", "highs reached 110 degrees", "the
			// mercury climbed to 118 degrees", "112 degrees in the shade": a temperature, its
			// scale unsaid
			u.info.kind = Temperature
		} else if u.info.unit == "deg" && u.info.kind != Temperature && u.end-n.end > 3 && n.end < len(text) && text[n.end] == '-' && heatNounAt(text, u.end) {
			u.info.kind = Temperature // "in 52-degree water", "100-degree heat"
		}
		if u.info.unit == "lb" && (n.mult || n.words && n.v >= 1e6) && (!weightFollows(text, pos) && !deliveryBefore(text, n.start) || moneyOfFollows(text, pos) && !deliveryBefore(text, n.start)) && !weightBefore(text, n.start) &&
			strings.Contains(strings.ToLower(text[n.end:u.end]), "pound") { // "lb." is never money
			// "361 million pounds", "one million pounds each", "400 million pounds of military
			// support"; not "1.1 million pounds of cargo"
			u.info = lookupUnit("GBP")
		}
		if u.info.unit == "g" && gLoadClause(text, n.start) {
			u.info = lookupUnit("g0") // "pulled 7.8 g", "a 9-g turn": a load factor, not grams
		}
		if u.info.unit == "times" && strings.HasPrefix(text[pos:], " the speed of sound") {
			// "five times the speed of sound": Mach 5
			u.info, pos = unitInfo{kind: Speed, unit: "Mach"}, pos+len(" the speed of sound")
		}
		if u.info.kind == Length {
			if sq, e, ok := poweredLength(text, pos, u.info.unit); ok {
				u.info, pos = sq, e // "4 km squared", "10 miles squared": an area
			}
		}
		if per, e, ok := rateAfter(text, pos, u.info); ok {
			f.Per, pos = per, e // "1,000 liters per day", "48,000 gallons a day": a rate
		}
		if !orSo && strings.HasPrefix(text[pos:], " or so") && (pos+len(" or so") == len(text) || !isLetter(text[pos+len(" or so")])) {
			pos, orSo = pos+len(" or so"), true // "40% or so", "$1.5 billion or so": about
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
	if orMore && qual == "" {
		qual, qstart = "at-least", start
	}
	if !hasUnit && (qual == "up-to" || qual == "more-than" && qstart+6 <= len(text) && eqFold(text[qstart:qstart+6], "beyond")) &&
		n.plainInt && n.intDigits == 4 && n.v >= 1900 && n.v <= 2100 && !n.words {
		return false // "moved the target up to 2029", "runs up to 2030", "stayed beyond 2021": a year
	}
	if qual == "" && hasUnit && !f.IsRange && n.end < len(text) && text[n.end] == '-' {
		qual, qstart = qualifierOverArticle(text, start, last) // "roughly a four-hour period"
	}

	// a year compared with: "a 30% increase over 2019", "rose 12 percent over 2018", "higher
	// than 2019" (not a count after it: "over 2000 troops")
	if !hasUnit && !f.IsRange && cur == "" && n.plainInt && n.intDigits == 4 && n.v >= 1950 && n.v <= 2059 &&
		(qual == "over" || qual == "more-than" || qual == "less-than") && !countedNounAfter(text, pos) {
		return false
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
			if h, _ := wordBefore(text, pws, false); pw == "Day" && h != "" && isUpper(h[0]) && n.plainInt && n.intDigits == 4 && n.v >= 1900 && n.v <= 2100 {
				return false // "Thanksgiving Day 1967", "Memorial Day 2024": a holiday and its year
			}
			f.Start, f.Kind, f.Unit = pws, OperationDay, "day"
			f.CoreStart, f.CoreEnd = pws, f.End
			f.Text = text[f.Start:f.End]
			return true
		}
	}

	// an earthquake's magnitude: "a magnitude 7.8 earthquake", "a magnitude-6.3 quake", "a
	// 7.5-magnitude quake", "of magnitude 6.3"
	if !hasUnit && !n.words && cur == "" && !f.IsRange && n.v > 0 && n.v < 10 {
		prefix := (pw == "magnitude" || pw == "Magnitude") && pws >= last && pws+len(pw) == start-1 && (text[start-1] == ' ' || text[start-1] == '-')
		if !prefix && pw == "of" && n.decimals == 1 && pws >= last && pws+len(pw) == start-1 {
			if w, ws := wordBefore(text, pws, false); strings.EqualFold(w, "magnitude") && ws >= last {
				prefix, pws = true, ws // "a magnitude of 7.8"
			}
		}
		suffix := 0
		if !prefix && n.decimals == 1 && f.End < len(text) && text[f.End] == ' ' && quakeAhead(text, f.End) {
			if w, _, _ := wordAt(text, f.End); quakeNouns[strings.ToLower(w)] {
				suffix = f.End // "a 7.8 earthquake": the quake's magnitude
			}
		}
		if !prefix && f.End+len("magnitude")+1 <= len(text) && (text[f.End] == '-' || text[f.End] == ' ') &&
			strings.EqualFold(text[f.End+1:f.End+1+len("magnitude")], "magnitude") &&
			(f.End+1+len("magnitude") == len(text) || !isLetter(text[f.End+1+len("magnitude")])) {
			if quakeAhead(text, f.End+1+len("magnitude")) {
				suffix = f.End + 1 + len("magnitude") // not a star's "5.12 magnitude"
			}
		}
		if prefix || suffix > 0 {
			f.Kind, f.Unit, f.CoreStart, f.CoreEnd = Other, "magnitude", start, f.End
			if prefix {
				f.Start, f.CoreStart = pws, pws
			} else {
				f.End, f.CoreEnd = suffix, suffix
			}
			if qual != "" {
				f.Qualifier, f.Start = qual, min(qstart, f.Start)
			}
			f.Text = text[f.Start:f.End]
			return true
		}
	}

	// a storm's category: "a Category 4 hurricane", "Category 5 Super Typhoon Haiyan"
	if !hasUnit && !n.words && n.plainInt && cur == "" && !f.IsRange && n.v >= 1 && n.v <= 5 && (pw == "Category" || pw == "category") &&
		pws >= last && pws+len(pw) == start-1 && text[start-1] == ' ' && stormAhead(text, f.End) {
		f.Start, f.CoreStart, f.CoreEnd, f.Kind, f.Unit = pws, pws, f.End, Other, "category"
		if qual != "" {
			f.Qualifier, f.Start = qual, qstart
		}
		f.Text = text[f.Start:f.End]
		return true
	}

	// a Mach number: "Mach 2.25", "Mach 5-6" (a speed as a multiple of the speed of sound)
	if !hasUnit && !n.words && cur == "" && pw == "Mach" && pws >= last && pws+len(pw) == start-1 {
		f.Start, f.CoreStart, f.CoreEnd, f.Kind, f.Unit = pws, pws, f.End, Speed, "Mach"
		if q, qs := qualifierBefore(text, pws, last); q != "" {
			f.Qualifier, f.Start = q, qs // "above Mach 10"
		} else if plus || orMore {
			f.Qualifier = qual // "Mach 5-plus", "Mach 5 or more"
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
	if !hasUnit && cur == "" && qual == "" && bareClockTime(text, n, start, last) {
		return false // "reached Port Sudan at 2130 the following day"
	}
	if !hasUnit {
		// a qualifier written before the number keeps it from being a name's ("over 12"); a
		// plus sign after it does not ("Pt 4+ ion", "the Leiden 85+ study")
		before := qual
		if plus || orSo || orMore {
			before = ""
		}
		if rejectBare(text, n, start, last, before, f.End, dw, dws) {
			return false
		}
	} else if !n.words && n.plainInt && n.intDigits == 4 && n.v >= 1000 && n.v <= 2100 && u.end-n.end == 1 && isLetter(text[n.end]) {
		return false // "(2003b)": a year with a letter
	} else if !n.words && n.plainInt && u.end-n.end == 1 && text[n.end] == 's' && start == n.start && namedModelBefore(text, n, last) {
		return false // "the Switchblade 600s arrived": a named model in the plural
	} else if !n.words && n.plainInt && u.end-n.end == 1 && isLetter(text[n.end]) && panelReference(text, start, last) {
		return false // "Fig. 4b", "Table 2d": a figure's panel, not a unit
	} else if !n.words && u.info.unit == "mm" && qual == "" && nounWithin2(text, calibreListEnd(text, u.end), munitionNouns) {
		return false // "155 mm artillery rounds", "a 30 mm cannon", "155mm and 105mm rounds": a calibre names the weapon
	} else if !n.words && u.info.unit == "in" && qual == "" && n.end < len(text) && text[n.end] == '-' && nounWithin2(text, u.end, munitionNouns) {
		return false // "a 3.5-inch rocket launcher", "16-inch guns": a bore in inches names the weapon
	}

	f.CoreStart = start
	f.Start = start
	if qual == "over" && hasUnit && u.info.kind == Duration && (last > 0 && last < qstart && afterFigure(text[last:qstart]) || spreadOver(text, qstart) || overDuring(text, qstart) || overOpening(text, qstart, u.end) || overAfterComma(text, qstart, u.end)) {
		// "18 B-21s over five years", "$50 billion over 10 years", "43 trillion yen (about $315
		// billion) over five years", "delivered over 36 months", "3.4 million pounds of cargo
		// over 16 days": the time it takes
		qual = ""
	}
	if w, _ := wordBefore(text, qstart, false); qual == "over" && hasUnit && spreadWords[strings.ToLower(w)] {
		qual = "" // "bunkers spread over 1,000 hectares": where they lie, not more than
	}
	if qual != "" {
		f.Qualifier, f.Start = qual, qstart
	}
	switch {
	case hasUnit:
		f.Unit, f.Kind = u.info.unit, u.info.kind
		if f.Unit == "cfs" {
			// cubic feet per second, a river's flow: a volume per second, as "cubic feet per
			// second" is ("cusecs" in South Asia)
			f.Unit, f.Per, u.info = "ft3", "second", canon["ft3"]
		}
		if f.Unit == "cumecs" {
			f.Unit, f.Per, u.info = "m3", "second", canon["m3"] // cubic metres per second
		}
		if f.Unit == "deg" && (f.Value < 0 || f.IsRange && f.Min < 0) {
			f.Kind = Temperature // "minus 40 degrees": an angle is not given so
		}
		if u.scale != 0 {
			f.Value, f.Min, f.Max = f.Value*u.scale, f.Min*u.scale, f.Max*u.scale
		}
		if f.Kind == "" {
			f.Kind = Other
		}
		if u.info.si != 0 {
			f.SI, f.SIUnit = f.Value*u.info.si+u.info.offset, u.info.siUnit
			if _, time := rateTimes[f.Per]; f.Per != "" && !time {
				f.SI, f.SIUnit = 0, "" // "15 liters per person": an amount per item, with no SI value
			} else if f.Per != "" {
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
		one := n.v == 1 && !f.IsRange && !orMore // ("one or more sources" counts a plural)
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
		strongForce := false // "the 1,200-strong opposing force fields": no counted noun here
		if ok && np.n > 1 && f.End < len(text) && text[f.End] == '-' && np.words[0][0] == f.End+1 {
			last, e := strings.ToLower(text[np.words[np.n-1][0]:np.words[np.n-1][1]]), np.words[np.n-1][1]
			verbLike := determinerFollows(text, e) || e+1 < len(text) && text[e] == ' ' && isDigit(text[e+1]) || pluralNounAt(text, e)
			if w := strings.ToLower(text[np.words[0][0]:np.words[0][1]]); w == "strong" && verbLike {
				ok, strongForce = false, true // "the 1,200-strong opposing force fields 150 vehicles": the force's members (collectiveCount)
			} else if !plural(w) && hyphenCount(w) && (verbLike || invariantSingulars[last]) {
				// a number joined to a noun in the singular counts that noun, and what follows
				// is the thing it describes when it is a singular in -s or ends in a verb in -s
				// before its object: "a 400-bed barracks", "the five-story facility covers
				// 188,000 square feet" (but "two-class studies" count class studies)
				if h, hok := hyphenNoun(text, f.End); hok {
					np = h
				}
			}
		}
		if !ok && !strongForce {
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
		if ok && np.n == 1 && collectiveVerbAt(text, start, np) {
			ok = false // "a crew of 38 works 12-hour shifts": the crew's verb, not a noun
		}
		if ok && !n.words && strings.IndexByte(text[n.start:n.end], '/') >= 0 {
			return false // "9/11 attacks", "7/7 bombings": a date naming events
		}
		if ok && !f.IsRange && n.plainInt && n.intDigits == 4 && n.v >= 1900 && n.v <= 2100 && start == n.start && yearPrepositionBefore(text, n.start) {
			return false // "at the summit in 2008 allies agreed", "began in late 2020 displaced": a year, then the sentence's subject
		}
		if ok && n.plainInt && n.intDigits == 4 && n.v >= 1900 && n.v <= 2100 && (f.IsRange && yearSpan(text, n, *f) || !f.IsRange && yearAfterYear(text, n.start)) {
			return false // "Between 2015 and 2019 ships saved", "In 2016 and 2017 migrants": years, then the subject
		}
		if ok && !f.IsRange && n.plainInt && n.intDigits == 4 && n.v >= 1900 && n.v <= 2100 && start == n.start &&
			yearModifierBefore(text, n.start) && (np.n > 1 && !plural(strings.ToLower(text[np.words[0][0]:np.words[0][1]])) || eventPlurals[strings.ToLower(text[np.words[0][0]:np.words[0][1]])]) {
			// "the Navy's 2025 shipbuilding plan", "the 2025 budget request", "the 2010
			// floods": a year
			return false
		}
		if !ok && !n.words && eventDate(text, n, start) {
			return false // "since 9/11", "post-9/11": the date of an event
		}
		if ok {
			if np.n > 1 && !np.proper && !np.model && !np.acronym {
				// "58 soldiers minutes after the attack": the plural counted, and a unit of time
				// that begins the next phrase
				for k := 0; k < np.n-1; k++ {
					w := strings.ToLower(text[np.words[k][0]:np.words[k][1]])
					if plural(w) && !strings.HasSuffix(w, "ss") && !invariantPlurals[w] && timeUnitAt(text, np.words[np.n-1][0], np.words[np.n-1][1]) && k == np.n-2 {
						np.n = k + 1
						break
					}
				}
			}
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
			name := np.appendName(append(b[:0], "count:"...))
			if ce, ok := coordinatedNoun(text, e); ok && !np.one {
				// "more than 300 drones and missiles", "27 Marines and sailors": one count of both
				name = appendCoordinated(name, text[e:ce])
				e = ce
			} else if tail := ofTail(text, e, np); tail != "" {
				// "40 prisoners of war", "explosive remnants of war", "17 Medals of Honor": one noun
				name = append(name, tail...)
				e += len(tail)
			} else if oe := measureOfEnd(text, e, np); oe > e {
				// "2,100 pairs of eyeglasses", "500 pallets of water": what the measure holds
				name = append(append(name, ' '), text[e+1:oe]...) // (" of ", or " to " of "aids to navigation")
				e = oe
			} else if items, ce, ok := nounSeries(text, e); ok && !np.one {
				// "350 dogs, cats and horses": one count of all
				for _, it := range items {
					name = append(append(name, ", "...), Lemma(text[it[0]:it[1]])...)
				}
				name = appendCoordinated(name, strings.TrimPrefix(text[items[len(items)-1][1]:ce], ",")) // no serial comma in the unit
				e = ce
			}
			f.Kind, f.Unit = Count, countUnit(name)
			if f.IsRange && n.plainInt && n.intDigits == 4 && f.Min >= 1900 && f.Max <= 2100 && np.asWritten {
				return false // "the outbreak in 2018-2020 killed": years before a casualty's participle
			}
			if !f.IsRange && n.plainInt && n.intDigits == 4 && n.v >= 1900 && n.v <= 2100 && seasonOfBefore(text, start) {
				return false // "the summer of 2020 delayed destroyer deliveries": a year
			}
			f.CoreEnd = f.End
			f.End = e
			if per, e, ok := rateAfter(text, e, unitInfo{kind: Count}); ok {
				f.Per, f.End = per, e // "470 patrols a day", "100,000 rounds a month"
			} else if per, ok := placedRate(text, e); ok {
				f.Per = per // "roughly 20 events in Serbia every year": the figure ends at its noun
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
			} else if np, ok := restatedCompoundCount(text, f.End); ok {
				// "seven 500-pound (227-kilogram) precision-guided bombs": the number counts the
				// noun after the measure and its restatement, which stay figures of their own
				var b [64]byte
				f.Kind, f.Unit = Count, countUnit(np.appendName(append(b[:0], "count:"...)))
			} else if animal, e := headOf(text, f.End); e > 0 {
				// "7,000 head of cattle": livestock counted by the head
				var b [64]byte
				f.Kind, f.Unit = Count, countUnit(append(append(b[:0], "count:"...), animal...))
				f.End = e
			} else if who, e := collectiveCount(text, start, f.End); who != "" {
				// "a crew of 25", "a force of 3,000", "the 1,100-strong force": the people
				// the group holds
				f.Kind, f.Unit = Count, "count:"+who
				f.End = e
			} else if n.v < 0 && !f.IsRange && (strings.HasPrefix(text[start:], "minus ") || strings.HasPrefix(text[start:], "Minus ")) && temperatureClause(text, start) {
				// "the wind chill was minus 58", "temperatures fell to minus 40": a temperature,
				// in °F after a wind chill or heat index, else of no scale
				info := canon["deg"]
				info.kind = Temperature
				if heatIndexBefore(text, start) {
					info = canon["degF"]
				}
				f.Kind, f.Unit = info.kind, info.unit
				if info.si != 0 {
					f.SI, f.SIUnit = f.Value*info.si+info.offset, info.siUnit
				}
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
				if per, e, ok := rateAfter(text, f.End, unitInfo{kind: Count}); ok && rateTimes[per] != "" {
					// "about 300 per day", "8,000 a day"; not per an item ("5 per game")
					f.Per, f.End, f.CoreEnd = per, e, e
				}
			}
		}
	}
	if (f.Kind == Count || f.Kind == Number || f.Unit == "deg") && f.Qualifier == "nearly" && strings.HasPrefix(text[f.Start:], "near ") {
		// "positions near 20 villages", "near 82° latitude": before a count or a degree,
		// "near" places, as a preposition
		f.Qualifier, f.Start = "", f.CoreStart
	}
	f.Text = text[f.Start:f.End]
	return true
}

// coordinatedNoun returns the end of a plural noun joined by "and" or "or" to the counted noun
// that ends at e, perhaps after one modifier in lower case ("drones and missiles", "Marines and
// sailors", "drones and cruise missiles"), when a word that is no noun follows it.
// edModifiers are adjectives in -ed of vehicles and munitions that may open the second noun
// ("tanks and armored vehicles", "bombs and guided missiles"), where another word in -ed would
// be a verb beginning a clause ("and destroyed vehicles").
var edModifiers = fieldSet(`armored armoured tracked wheeled guided unguided unmanned uncrewed mechanized mechanised
motorized motorised improvised unexploded`)

func coordinatedNoun(text string, e int) (int, bool) {
	k := e
	switch {
	case strings.HasPrefix(text[k:], " and "):
		k += len(" and ")
	case strings.HasPrefix(text[k:], " or "):
		k += len(" or ")
	default:
		return e, false
	}
	if personPluralBefore(text, e) {
		// people of another force after people: "5,000 U.S. Marines and Japan Ground
		// Self-Defense Force troops", "27 Marines and Japanese soldiers" (capitalised words,
		// then the lower-case plural the checks below ask for)
		k0 := k
		for c := 0; c < 5; c++ {
			w, ws, we := wordAt(text, k)
			for we+1 < len(text) && text[we] == '-' && isUpper(text[we+1]) {
				we = wordEnd(text, we+1) // "Self-Defense"
			}
			if ws != k || w == "" || !isUpper(w[0]) || serviceMemberPlurals[w] || we >= len(text) || text[we] != ' ' {
				break
			}
			k = we + 1
		}
		if k > k0 {
			if w, ws, _ := wordAt(text, k); ws != k || w == "" || !isLower(w[0]) {
				k = k0
			}
		}
	}
	for n := 0; n < 2; n++ {
		w, ws, we := wordAt(text, k)
		if n == 0 && actionGerunds[strings.ToLower(w)] {
			return e, false // a verb begins another clause: "23 fishing vessels and issuing fines"
		}
		if ws == k && n == 0 && serviceMemberPlurals[w] && personPluralBefore(text, e) && !objectFollows(text, we) && !(we < len(text) && (text[we] == '-' || isLetter(text[we]))) {
			return we, true // the services' capitalised members: "1,500 Soldiers and Airmen", "3,000 sailors and Marines"
		}
		if ws == k && n == 0 && len(w) >= 4 && w[len(w)-1] == 's' && allCapitals(w[:len(w)-1]) && acronymNoun(w) &&
			!(we < len(text) && (text[we] == '-' || isLetter(text[we]))) && !pluralNounAt(text, we) && !objectFollows(text, we) {
			return we, true // an acronym's plural: "2,300 mines and IEDs", "40 drones and UAVs"
		}
		if n == 0 && ws == k && w != "" && isLower(w[0]) && we < len(text) && text[we] == '-' {
			if ce := compoundEnd(text, ws, we); ce > we && ce < len(text) && text[ce] == ' ' && isLower(text[ce-1]) {
				k = ce + 1 // a hyphenated modifier: "Vietnamese and third-country nationals"
				continue
			}
		}
		if n == 0 && ws == k && (w == "other" || w == "foreign") {
			k = we + 1 // "Vietnamese and other evacuees"
			continue
		}
		if ws != k || w == "" || !isLower(w[0]) || we < len(text) && (text[we] == '-' || isDigit(text[we])) {
			return e, false
		}
		lw := strings.ToLower(w)
		if stopWords[lw] || isNumberWord(lw) || verbsInS[lw] || n == 0 && clauseVerbsInS[lw] || casualtyWords[lw] || vagueAmounts[lw] || pluralMultiples[lw] != 0 ||
			irregularPasts[lw] || strings.HasSuffix(lw, "ed") && !plural(lw) && !(n == 0 && edModifiers[lw]) {
			return e, false // a verb begins another clause: "four weapons and flew missions"
		}
		if plural(lw) && !strings.HasSuffix(lw, "ss") && !pluralNounAt(text, we) {
			if we < len(text) && isLetter(text[we]) {
				return e, false
			}
			if nx, ns, _ := wordAt(text, we); ns == we+1 && invariantPlurals[strings.ToLower(nx)] {
				return e, false // "1,000 Marines and special operations personnel": a longer noun follows
			}
			if _, _, rate := rateAfter(text, we, unitInfo{kind: Count}); rate {
				return we, true // a rate of the two: "11,000 soldiers and civilians a year"
			}
			if objectFollows(text, we) || infinitiveAhead(text, we) || pastVerbObjectAt(text, we) {
				// a verb and its object or an infinitive: "14,000 peacekeepers and protects
				// more than 100,000 civilians", "5 drones and plans to buy more"; or the
				// subject of a new clause: "12 strikes and partner forces cleared 40 villages"
				return e, false
			}
			return we, true
		}
		if n == 1 || we >= len(text) || text[we] != ' ' {
			return e, false
		}
		k = we + 1 // a modifier: "cruise missiles"
	}
	return e, false
}

// ofTail returns the "of" phrase at e that completes the noun phrase np's last noun, or "":
// " of war" after "prisoners" or "remnants", " of Honor" after "Medals".
func ofTail(text string, e int, np nounPhrase) string {
	if !strings.HasPrefix(text[e:], " of ") {
		return ""
	}
	var tail string
	switch text[np.words[np.n-1][0]:np.words[np.n-1][1]] {
	case "prisoners", "prisoner", "remnants", "Prisoners":
		tail = " of war"
	case "Medals", "Medal":
		tail = " of Honor"
	default:
		return ""
	}
	if end := e + len(tail); strings.HasPrefix(text[e:], tail) && (end == len(text) || !isLetter(text[end])) {
		return tail
	}
	return ""
}

// capitalsAcronymUnit reports whether the word unit m at pos is written in capitals of four
// letters or more in text that is not itself in capitals, before a noun in lower case: an
// acronym that names the thing counted ("5,000 MILES harnesses", the laser engagement system),
// not the unit.
func capitalsAcronymUnit(text string, pos int, m unitMatch) bool {
	w := strings.TrimLeft(text[pos:m.end], " ")
	if len(w) < 4 || !allCapitals(w) || !lowerWordFollows(text, m.end) {
		return false
	}
	prev, _ := wordBefore(text, pos, false)
	return prev == "" || !allCapitals(prev) // (a headline in capitals: "5,000 MILES TRAVELED")
}

// placedRate returns the unit of time of "each", "every", "a" or "per" and a unit of time after
// a place that "in" names after a counted noun ending at e: "20 events in Serbia every year"
// (event/year). The place is one or two capitalised words; the figure keeps its span.
func placedRate(text string, e int) (string, bool) {
	if !strings.HasPrefix(text[e:], " in ") {
		return "", false
	}
	k := e + len(" in")
	for n := 0; n < 2; n++ {
		w, ws, we := wordAt(text, k)
		if ws != k+1 || w == "" || !isUpper(w[0]) || isMonth(appendLower(nil, w)) {
			break
		}
		k = we
		if per, _, ok := rateAfter(text, k, unitInfo{kind: Count}); ok {
			if _, time := rateTimes[per]; time {
				return per, true
			}
		}
	}
	return "", false
}

// timeWords begin a time after a noun phrase ("300 items of ordnance last year").
var timeWords = fieldSet(`last next this yesterday today tonight earlier later`)

// unitAfterMore matches "more", "additional", "further" or "extra" and a unit of time, length,
// mass, area or volume after a number ending at pos: "two to three more years" is a duration,
// not a count of years.
func unitAfterMore(text string, pos int) (unitMatch, bool) {
	for _, w := range [...]string{" more", " additional", " further", " extra"} {
		if strings.HasPrefix(text[pos:], w+" ") {
			if m, ok := matchUnit(text, pos+len(w)); ok {
				switch m.info.kind {
				case Duration, Length, Mass, Area, Volume:
					return m, true
				}
			}
		}
	}
	return unitMatch{}, false
}

// heatNounAt reports whether a space and a noun that a temperature describes follow e: "in
// 52-degree water", "100-degree heat", "a 30-degree day".
func heatNounAt(text string, e int) bool {
	w, k, _ := wordAt(text, e)
	return k == e+1 && heatNouns[strings.ToLower(w)]
}

// heatNouns: see heatNounAt.
var heatNouns = fieldSet(`water waters air heat weather temperatures day days night nights sea seas cold weather`)

// measureWords count things by a measure or a container: see measureOfEnd.
var measureWords = fieldSet(`pair pairs piece pieces item items set sets pallet pallets box boxes bag bags case cases crate crates
bottle bottles carton cartons sack sacks truckload truckloads planeload planeloads shipload shiploads busload busloads kit kits
bale bales package packages bundle bundles brick bricks roll rolls sheet sheets reel reels drum drums jug jugs
can cans tin tins jar jars sachet sachets packet packets`)

// ingNouns are mass nouns in -ing that a container may hold after a modifier: "rolls of plastic
// sheeting", "pallets of winter clothing".
var ingNouns = fieldSet(`sheeting clothing bedding roofing fencing piping tubing netting packaging wiring shelving housing lighting
flooring matting`)

// ofPhrases are plural nouns that make one name with "of" and what follows: "points of
// distribution" (count:point of distribution).
var ofPhrases = map[string][]string{
	"points":  {"distribution", "contact", "entry", "departure", "embarkation", "origin", "presence"},
	"flights": {"stairs", "steps"},
	"ports":   {"entry", "call", "embarkation", "debarkation"}, "prisoners": {"war"},
	"lines": {"effort", "communication", "operation"}, "areas": {"responsibility", "operation", "operations"},
	"rules": {"engagement"}, "chiefs": {"staff", "mission"}, "courses": {"action"},
	"weapons": {"mass destruction"}, "memorandums": {"understanding", "agreement"}, "memoranda": {"understanding", "agreement"},
	"letters": {"intent", "offer", "request"}, "centers": {"excellence", "gravity"}, "tours": {"duty"},
	"states": {"emergency"}, "notices": {"violation"}, "men": {"war"},
	"persons": {"interest"},
}

// measureOfEnd returns the end of what a counted measure or container holds, after "of": one
// to three words in lower case that end the phrase ("pairs of eyeglasses", "pieces of
// hospital equipment", "cases of cholera"), or e when np is no such word or no such words
// follow ("pieces of the wreckage" names a whole).
func measureOfEnd(text string, e int, np nounPhrase) int {
	if np.n == 1 && text[np.words[0][0]:np.words[0][1]] == "aids" && strings.HasPrefix(text[e:], " to navigation") {
		return e + len(" to navigation") // "80 aids to navigation"
	}
	if np.n != 1 || !strings.HasPrefix(text[e:], " of ") {
		return e
	}
	if w := text[np.words[0][0]:np.words[0][1]]; !measureWords[w] {
		// a fixed phrase with "of": "40 points of distribution", "12 ports of entry"
		if rest, ok := ofPhrases[w]; ok {
			for _, r := range rest {
				if t := text[e+len(" of "):]; strings.HasPrefix(t, r) && (len(t) == len(r) || !isLetter(t[len(r)]) && t[len(r)] != '-') {
					return e + len(" of ") + len(r)
				}
			}
		}
		return e
	}
	k, end := e+len(" of"), e
	for n := 0; n < 3; n++ {
		w, ws, we := wordAt(text, k)
		if ce := compoundEnd(text, ws, we); ce > we && isLower(text[ws]) {
			w, we = text[ws:ce], ce // "16 pallets of high-energy biscuits"
		}
		acronyms := len(w) >= 3 && w[len(w)-1] == 's' && allCapitals(w[:len(w)-1]) || len(w) >= 2 && allCapitals(w) // "cases of MREs", "pieces of UXO"
		if ws != k+1 || w == "" || !isLower(w[0]) && !acronyms || stopWords[w] || isNumberWord(w) || vagueAmounts[w] || we < len(text) && (text[we] == '-' || isDigit(text[we])) ||
			n > 0 && (strings.HasSuffix(w, "ing") && !ingNouns[w] || strings.HasSuffix(w, "ed") || directionWords[w]) || timeWords[w] {
			break // (not a participle after the noun: "pieces of equipment weighing")
		}
		end, k = we, we
		if acronyms || plural(w) || we >= len(text) || text[we] != ' ' {
			break // the noun: "pairs of eyeglasses", "boxes of medical supplies"
		}
	}
	return end
}

// directionWords end what a measure holds: "5,000 pieces of equipment back across the Dnipro".
var directionWords = fieldSet(`back east west north south home forward away out ashore inland overseas abroad`)

// nounSeries reads a series of plural nouns after the counted noun that ends at e, each a
// lone word, the last joined by "and" or "or" as coordinatedNoun reads it: "dogs, cats and
// horses", "frigates, destroyers, submarines, and auxiliaries". It returns the middle nouns'
// spans and the series' end.
func nounSeries(text string, e int) ([][2]int, int, bool) {
	var items [][2]int
	k := e
	for len(items) < 6 && strings.HasPrefix(text[k:], ", ") {
		if strings.HasPrefix(text[k:], ", and ") || strings.HasPrefix(text[k:], ", or ") {
			if len(items) < 2 {
				return nil, e, false // "dogs, and cats": no series
			}
			ce, ok := coordinatedNoun(text, k+1)
			return items, ce, ok
		}
		w, ws, we := wordAt(text, k+2)
		lw := strings.ToLower(w)
		if ws != k+2 || w == "" || !(isLower(w[0]) || serviceMemberPlurals[w]) || !plural(lw) || strings.HasSuffix(lw, "ss") ||
			stopWords[lw] || vagueAmounts[lw] || verbsInS[lw] || clauseVerbsInS[lw] || casualtyWords[lw] {
			return nil, e, false
		}
		items = append(items, [2]int{ws, we})
		if ce, ok := coordinatedNoun(text, we); ok {
			return items, ce, true
		}
		k = we
	}
	return nil, e, false
}

// pastVerbObjectAt reports whether a verb in the past tense and its object follow e: "…
// partner forces cleared 40 villages", "… crews fired the rounds" (not a participle before a
// preposition: "missiles launched at Israel").
func pastVerbObjectAt(text string, e int) bool {
	w, ws, we := wordAt(text, e)
	if ws != e+1 || w == "" || !isLower(w[0]) {
		return false
	}
	lw := strings.ToLower(w)
	if !irregularPasts[lw] && !(len(lw) > 4 && strings.HasSuffix(lw, "ed")) {
		return false
	}
	return objectFollows(text, we)
}

// clauseVerbsInS are verbs in -s that, right after "and" behind a count, begin a clause whose
// subject is the sentence's: "7,000 fighters and operates checkpoints", "14,600 troops and
// protects major towns" (see coordinatedNoun).
var clauseVerbsInS = fieldSet(`raises operates protects receives collects controls conducts maintains employs
oversees manages commands owns generates earns spends deploys`)

// vagueAmounts stand for an amount before a noun, which begins a figure of its own ("four
// fighters and several helicopters").
var vagueAmounts = fieldSet(`several many few numerous some more most other additional multiple various dozens hundreds thousands`)

// appendCoordinated appends to a count's unit the coordinated noun phrase (" and missiles"),
// its last word in the singular: "count:drone" → "count:drone and missile".
func appendCoordinated(dst []byte, phrase string) []byte {
	last := strings.LastIndexByte(phrase, ' ')
	dst = append(dst, phrase[:last+1]...)
	w := phrase[last+1:]
	if len(w) >= 4 && w[len(w)-1] == 's' && allCapitals(w[:len(w)-1]) {
		return append(dst, w[:len(w)-1]...) // an acronym's plural: "IEDs" → "IED"
	}
	stem, suffix := lemma(strings.ToLower(w))
	if w != "" && isUpper(w[0]) && stem != "" {
		// a capitalised member of a service keeps its capital: "Soldier and Airman"
		dst = append(dst, stem[0]-'a'+'A')
		stem = stem[1:]
	}
	return append(append(dst, stem...), suffix...)
}

// timeUnitAt reports whether text[s:e] is a word for a unit of time ("minutes", "days").
func timeUnitAt(text string, s, e int) bool {
	var b [32]byte
	if e-s > len(b) {
		return false
	}
	info, ok := wordUnitInfo[string(lowerASCII(b[:0], text[s:e]))]
	return ok && info.kind == Duration
}

// singularUnitWords are units of time and length written in the singular after a number
// other than one only to modify a plural noun ("12 day patrols", "230 night patrols", "18 foot
// patrols"; see singularUnitModifier).
var singularUnitWords = fieldSet(`day night hour week month year minute foot mile meter metre kilometer kilometre man person`)

// singularUnitModifier reports whether the unit m, matched at pos after a number other than one,
// is a word in the singular followed by a plural noun in lower case, perhaps after "and" and
// another such word ("12 day and night patrols"): it modifies that noun, which the number
// counts.
func singularUnitModifier(text string, pos int, m unitMatch) bool {
	w, ws, we := wordAt(text, pos)
	if ws != pos+1 || we != m.end || !singularUnitWords[strings.ToLower(w)] {
		return false
	}
	next, ns, ne := wordAt(text, we)
	if ns != we+1 || next == "" || !isLower(next[0]) {
		return false
	}
	if next == "and" || next == "or" {
		w2, _, e2 := wordAt(text, ne)
		if !singularUnitWords[strings.ToLower(w2)] {
			return false
		}
		next, ns, ne = wordAt(text, e2)
		if ns != e2+1 || next == "" || !isLower(next[0]) {
			return false
		}
	}
	lw := strings.ToLower(next)
	return plural(lw) && !strings.HasSuffix(lw, "ss") && !stopWords[lw] && !verbsInS[lw] && (ne == len(text) || !isLetter(text[ne]))
}

// collectiveNouns name groups of people counted by their members: "a crew of 25" counts crew
// members, "a force of 3,000" personnel.
var collectiveNouns = map[string]string{"crew": "crew member", "crews": "crew member", "complement": "crew member",
	"force": "personnel", "contingent": "personnel", "garrison": "personnel", "detachment": "personnel",
	"battlegroup": "personnel", "team": "personnel", "staff": "personnel", "workforce": "personnel",
	"presence": "personnel", "mission": "personnel", "family": "family member", "household": "household member",
	"delegation": "delegate", "battalion": "personnel", "brigade": "personnel", "regiment": "personnel", "company": "personnel",
	"platoon": "personnel", "squadron": "personnel", "teams": "personnel", "squads": "personnel"}

// afterFigure reports whether g, the text between a figure and the qualifier after it, is a
// space, or the close of the figure's restatement or aside and a space: " ", ") ", "] ", ", ".
func afterFigure(g string) bool {
	return g == " " || g == ") " || g == "] " || g == ", "
}

// wordEndsAt reports whether a word ends at e: the text ends there, or a character that is
// no letter, digit or hyphen follows.
func wordEndsAt(text string, e int) bool {
	return e == len(text) || !isLetter(text[e]) && !isDigit(text[e]) && text[e] != '-'
}

// collectiveCount returns the unit of a bare number that counts the members of a group: after
// "<group> of" ("a crew of 25", "a force of 3,000") or before "-strong" ("the 1,100-strong
// force", "the 40,000-strong NATO Response Force"), with the figure's end (past "-strong" in
// the second case).
func collectiveCount(text string, start, end int) (string, int) {
	if strings.HasPrefix(text[end:], "-strong") {
		// "the 1,100-strong battlegroup", "a 20,000-strong multinational force", "the
		// 40,000-strong NATO Response Force", "The brigade, 4,000-strong, arrived": a group's
		// strength is its people, whatever group follows
		if e := end + len("-strong"); e == len(text) || !isLetter(text[e]) && text[e] != '-' {
			return "personnel", e
		}
		return "", end
	}
	if strings.HasPrefix(text[end:], " strong") {
		// "a garrison about 4,000 strong,", "the 4,000 strong French garrison": written
		// apart, before punctuation, or before a noun after a number in digits of three or
		// more ("three strong candidates" are candidates)
		if e := end + len(" strong"); e == len(text) || !isLetter(text[e]) && text[e] != '-' && (text[e] != ' ' || digitCount(text[start:end]) >= 3) {
			return "personnel", e
		}
	}
	if q, qs := qualifierBefore(text, start, 0); q != "" && q != "between" {
		start = qs // "a crew of roughly 140"
	}
	of, os := wordBefore(text, start, false)
	if of != "of" {
		return "", end
	}
	w, _ := wordBefore(text, os, false)
	return collectiveNouns[strings.ToLower(w)], end
}

// collectiveVerbAt reports whether the one-word noun phrase np after a number that a
// collective noun and "of" come before ("a crew of 38") is a verb in -s with its object or
// complement after it: "works 12-hour shifts", "operates the dam".
func collectiveVerbAt(text string, start int, np nounPhrase) bool {
	if who, _ := collectiveCount(text, start, start); who == "" {
		return false
	}
	w := text[np.words[0][0]:np.words[0][1]]
	if len(w) < 4 || w[len(w)-1] != 's' || !isLower(w[0]) {
		return false
	}
	if crewVerbs[w] {
		return true // "a crew of 148 serves aboard"
	}
	e := np.words[0][1]
	n, ns, _ := wordAt(text, e)
	if ns != e+1 || ns >= len(text) {
		return false
	}
	switch strings.ToLower(n) {
	case "the", "a", "an", "its", "their", "two", "three", "four", "five", "six", "eight", "ten", "twelve",
		"about", "more", "nearly", "roughly", "some", "up", "over", "less", "almost", "lives", "orders", "groceries", "visits":
		return true // (a qualifier or an object: "A family of four saves about $4,500 a year")
	}
	return isDigit(text[ns]) || text[ns] == '$' || strings.HasPrefix(text[ns:], "€") || strings.HasPrefix(text[ns:], "£")
}

// crewVerbs are verbs in -s that a crew's or a team's number comes before: see collectiveVerbAt.
var crewVerbs = fieldSet(`serves works operates runs staffs lives inspects patrols mans crews flies maintains sails
includes comprises numbers`)

// yearPrepositions place a four-digit number from 1900 to 2100 in time when it is written with
// no separator: "in 2008 allies agreed", "since 2014 attacks fell".
var yearPrepositions = fieldSet(`in since by until during for through`)

// yearPrepositionBefore reports whether one of yearPrepositions comes before start, perhaps
// with "late", "early" or "mid" between: "in 2008", "in late 2020", "by early 2023".
func yearPrepositionBefore(text string, start int) bool {
	w, ws := wordBefore(text, start, false)
	switch strings.ToLower(w) {
	case "late", "early", "mid":
		w, _ = wordBefore(text, ws, false)
	}
	return yearPrepositions[strings.ToLower(w)]
}

// eventPlurals name events that a year before them dates ("the 2010 floods", "the 2022
// elections"), not counts of them.
var eventPlurals = fieldSet(`floods earthquakes elections games olympics protests riots bombings attacks wildfires fires
hurricanes typhoons cyclones storms tsunamis uprisings talks negotiations accords agreements sanctions midterms primaries
strikes airstrikes airdrops raids offensives invasions campaigns withdrawals evacuations exercises drills levels
tests launches intercepts operations battles clashes missions deployments advances sieges surges rotations`)

// yearModifierBefore reports whether a determiner or a possessive stands before the number at
// start ("the 2025 budget request", "the Navy's 2025 shipbuilding plan", "its 2024 report"),
// where a year modifies a noun phrase.
func yearModifierBefore(text string, start int) bool {
	w, ws := wordBefore(text, start, false)
	switch strings.ToLower(w) {
	case "the", "its", "their", "this", "that", "our", "his", "her", "below", "above", "than", "with", "versus", "vs":
		// (and a comparison's: "below 2017 levels", "compares 2015 airstrikes with 2016 airstrikes")
		return true
	case "and", "or":
		_, ok := yearEndingAt(text, ws) // a year after another year: "the 2016 and 2017 strikes"
		return ok
	}
	if w != "" && isUpper(w[0]) && !sentenceStart(text, ws) && !isStopWord([]byte(strings.ToLower(w))) {
		return true // a name's: "the U.S. 2017 strikes"
	}
	b := strings.TrimRight(text[:start], " ")
	return strings.HasSuffix(b, "'s") || strings.HasSuffix(b, "’s")
}

// poweredLength reads " squared" or " cubed" after a unit of length ending at pos, and returns
// the unit of area or volume it makes: "4 km squared" is 4 km2, "10 feet cubed" 10 ft3.
func poweredLength(text string, pos int, unit string) (unitInfo, int, bool) {
	for _, p := range [...]struct{ word, power string }{{" squared", "2"}, {" cubed", "3"}} {
		if rest, ok := strings.CutPrefix(text[pos:], p.word); ok && (rest == "" || !isLetter(rest[0])) {
			if u, ok := canon[unit+p.power]; ok {
				return u, pos + len(p.word), true
			}
		}
	}
	return unitInfo{}, pos, false
}

// quakeAhead reports whether a noun of an earthquake follows pos, after a space and at most
// one other word: "-magnitude earthquake", " magnitude Gorkha earthquake".
func quakeAhead(text string, pos int) bool { return nounWithin2(text, pos, quakeNouns) }

// stormAhead reports whether a noun of a tropical storm follows pos, after a space and at most
// one other word: " hurricane", " storm", " Super Typhoon".
func stormAhead(text string, pos int) bool { return nounWithin2(text, pos, stormNouns) }

var (
	munitionNouns = fieldSet(`round rounds shell shells howitzer howitzers artillery ammunition ammo mortar mortars
cannon cannons gun guns rocket rockets munition munitions projectile projectiles bazooka bazookas
rifle rifles pistol pistols cartridge cartridges bullet bullets carbine carbines autocannon autocannons
launcher launchers barrel barrels magazine magazines`)
	quakeNouns = fieldSet(`earthquake earthquakes quake quakes tremor aftershock aftershocks temblor`)
	stormNouns = fieldSet(`hurricane hurricanes storm storms typhoon typhoons cyclone cyclones`)
)

// nounWithin2 reports whether one of the first two words after pos (each after one space), in
// lower case, is in nouns.
// calibreListEnd returns the end of the calibres in millimetres listed after pos, each after a
// comma, "and" or "or" ("155mm and 105mm", "60mm, 81mm and 120mm", "155 mm or 105 mm"), or pos
// when none follows.
func calibreListEnd(text string, pos int) int {
	for {
		k := pos
		for _, sep := range [...]string{", and ", ", or ", " and ", " or ", ", "} {
			if strings.HasPrefix(text[k:], sep) {
				k += len(sep)
				break
			}
		}
		if k == pos {
			return pos
		}
		d := k
		for d < len(text) && isDigit(text[d]) {
			d++
		}
		if d == k || d-k > 3 {
			return pos
		}
		if strings.HasPrefix(text[d:], " mm") {
			d += len(" mm")
		} else if strings.HasPrefix(text[d:], "mm") {
			d += len("mm")
		} else {
			return pos
		}
		if d < len(text) && isLetter(text[d]) {
			return pos
		}
		pos = d
	}
}

func nounWithin2(text string, pos int, nouns map[string]bool) bool {
	for k := 0; k < 2; k++ {
		if pos >= len(text) || text[pos] != ' ' {
			return false
		}
		e := pos + 1
		for e < len(text) && isLetter(text[e]) {
			e++
		}
		if nouns[strings.ToLower(text[pos+1:e])] {
			return true
		}
		pos = e
	}
	return false
}

// objectFollows reports whether a verb's object begins after a space at e: a determiner, a
// number, or a qualifier of one ("the", "more than", "nearly", "12"; not a preposition such
// as "about" or "at", which may follow a noun).
func objectFollows(text string, e int) bool {
	if determinerFollows(text, e) {
		return true
	}
	k := skipSpace1(text, e)
	if k == e || k >= len(text) {
		return false
	}
	if isDigit(text[k]) || text[k] == '$' {
		return true
	}
	switch strings.ToLower(text[k:wordEnd(text, k)]) {
	case "more", "nearly", "almost", "some", "roughly", "approximately", "fewer", "less":
		return true
	case "them", "it", "him", "us", "you", "themselves", "itself":
		return true // a pronoun object: "hosts 4,000 soldiers and trains them"
	case "about", "over", "around", "up", "as", "under":
		// a qualifier, when a number or a sum follows it: "and employs about 4,000 people",
		// "and costs about $1 billion", "about €2 million", "up to $100 million", "as much as
		// $100 million"
		n := skipSpace1(text, wordEnd(text, k))
		for _, w := range [...]string{"to ", "much as ", "many as "} {
			if strings.HasPrefix(text[n:], w) {
				n += len(w)
				break
			}
		}
		return n < len(text) && (isDigit(text[n]) || text[n] == '$' || strings.HasPrefix(text[n:], "€") || strings.HasPrefix(text[n:], "£"))
	}
	return false
}

// serviceMemberPlurals are the services' members, capitalised, that may be a second counted noun
// after "and" (see coordinatedNoun).
var serviceMemberPlurals = fieldSet(`Soldiers Airmen Marines Sailors Guardsmen Guardians Coastguardsmen`)

// personPluralBefore reports whether the word ending at e counts service members or people
// ("Soldiers", "troops", "personnel"), before which another service's members may follow "and".
func personPluralBefore(text string, e int) bool {
	w, _ := wordBefore(text, e, false)
	switch strings.ToLower(w) {
	case "soldiers", "sailors", "airmen", "marines", "troops", "guardsmen", "guardians", "personnel", "members":
		return true
	}
	return false
}

// actionGerunds are verbs in -ing that begin a clause after "and", never a modifier of a noun
// (see coordinatedNoun).
var actionGerunds = fieldSet(`issuing seizing arresting detaining killing destroying capturing recovering
providing delivering conducting rescuing evacuating wounding injuring removing sending leaving taking`)

// infinitiveAhead reports whether " to" and a verb follow e: a word in lower case that is no
// stop word, number or determiner ("plans to buy", not "to the east" or "to 12").
func infinitiveAhead(text string, e int) bool {
	if !strings.HasPrefix(text[e:], " to ") {
		return false
	}
	w, ws, _ := wordAt(text, e+3)
	return ws == e+4 && w != "" && isLower(w[0]) && !numberOrStopWord(w)
}

// spreadWords before "over" and a measure make "over" a preposition of extent ("spread over
// 1,000 hectares").
var spreadWords = fieldSet(`spread scattered distributed stretched spanning spans span sprawled sprawling`)

// seasonOfBefore reports whether a season's or a month's name and "of" come before i: "the
// summer of 2020", "the spring of 1944", "March of 2023".
func seasonOfBefore(text string, i int) bool {
	w, ws := wordBefore(text, i, false)
	if !strings.EqualFold(w, "of") {
		return false
	}
	s, _ := wordBefore(text, ws, false)
	var b [16]byte
	ls := lowerASCII(b[:0], s)
	return len(s) <= 16 && (seasons[string(ls)] || isMonth(ls))
}

// seasons: see seasonOfBefore.
var seasons = fieldSet(`spring summer autumn fall winter`)

// digitCount is the number of ASCII digits in s.
func digitCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			n++
		}
	}
	return n
}

// countedNounAfter reports whether a lower-case word that may be a counted noun follows a
// space at pos ("over 2000 troops"; not "over 2019 and 2020", "over 2018 levels").
func countedNounAfter(text string, pos int) bool {
	if pos+1 >= len(text) || text[pos] != ' ' || !isLower(text[pos+1]) {
		return false
	}
	switch w := text[pos+1 : wordEnd(text, pos+1)]; w {
	case "and", "or", "by", "to", "in", "on", "at", "for", "levels", "level", "figures", "totals", "numbers", "rates", "when", "as":
		return false
	}
	return true
}

// yearSpan reports whether the range f, starting with the number n, joins two years written
// with no separator, the second later and within fifty years: "Between 2015 and 2019 ships of
// Operation Sophia saved", "From 2015 to 2019 ships".
func yearSpan(text string, n num, f Figure) bool {
	return f.Max > f.Min && f.Max <= 2100 && f.Max-f.Min <= 50 && f.Min == math.Trunc(f.Min) && f.Max == math.Trunc(f.Max) &&
		f.NumEnd-n.start <= 20 && !strings.ContainsAny(text[n.start:f.NumEnd], ",.")
}

// yearAfterYear reports whether the four-digit number at start follows "and", "or" or "to"
// and a year that a preposition of time places: "In 2016 and 2017 migrants crossed".
func yearAfterYear(text string, start int) bool {
	w, ws := wordBefore(text, start, false)
	if w != "and" && w != "or" && w != "to" {
		return false
	}
	d, ok := yearEndingAt(text, ws)
	if !ok {
		return false
	}
	p, _ := wordBefore(text, d, false)
	switch strings.ToLower(p) {
	case "in", "since", "during", "between", "from":
		return true
	}
	return false
}

// yearEndingAt reports whether four digits that may be a year (1000–2999, no separator before
// them) end before the spaces before ws, and where they start.
func yearEndingAt(text string, ws int) (int, bool) {
	k := ws
	for k > 0 && text[k-1] == ' ' {
		k--
	}
	d := k
	for d > 0 && isDigit(text[d-1]) {
		d--
	}
	return d, k-d == 4 && (text[d] == '1' || text[d] == '2') && (d == 0 || !isLetter(text[d-1]) && text[d-1] != ',')
}
