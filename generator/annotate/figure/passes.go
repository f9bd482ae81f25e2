package figure

import (
	"math"
	"slices"
	"strings"
)

// Passes over the figures Find has read, in text order, that give a bare number what the text
// leaves out (a noun, a unit, a multiplier, a rate) or join two figures into one: a goal's or a
// shortfall's count, a casualty that a verb makes of its object, "Of them," opening a sentence,
// a rate per a round population, a wind's gusts, "or more" after a unit. AppendFind runs them
// in its order (scan.go).

// mergePerPopulation joins a number or count and the round population it is per, as rates of
// suicide, disease or crime are given: "28.2 per 100,000 service members" (28.2
// number/100000 service member), "36.6 suicides per 100,000 Marines" (count:suicide/100000
// Marine), "4.1 per 1,000" (number/1000), and so a rate per a round number of hours: "1.38 Class
// A mishaps per 100,000 flight hours" (count:Class A mishap/100000 hour). The population is a
// power of ten from 100 to a million, with no qualifier; the figures join after "per" or "for
// every".
func mergePerPopulation(text string, figs []Figure) []Figure {
	out := figs[:0]
	for k := 0; k < len(figs); k++ {
		a := figs[k]
		if k+1 < len(figs) && (a.Kind == Number || a.Kind == Count) && a.Per == "" && !a.IsList {
			b := figs[k+1]
			g := text[a.End:b.Start]
			hours := b.Kind == Duration && b.Unit == "hour" // "1.38 Class A mishaps per 100,000 flight hours"
			if (g == " per " || g == " for every ") && (b.Kind == Number || b.Kind == Count || hours) && b.Qualifier == "" && !b.IsRange && !b.IsList && b.Per == "" && populationBase(b.Value) {
				var buf [64]byte
				per := appendNum(buf[:0], b.Value)
				if noun, ok := strings.CutPrefix(b.Unit, "count:"); ok {
					per = append(append(per, ' '), noun...)
				} else if hours {
					per = append(per, " hour"...)
				}
				a.Per, a.End = string(per), b.End
				a.Text = text[a.Start:a.End]
				out = append(out, a)
				k++
				continue
			}
		}
		out = append(out, a)
	}
	return out
}

// populationBase reports whether v is a round population a rate may be given per: 100, 1,000,
// ... a million.
func populationBase(v float64) bool {
	switch v {
	case 100, 1000, 10000, 100000, 1e6:
		return true
	}
	return false
}

// dropComparedTimes drops a time ago that a comparison measures from, which its "than"
// made look like a qualified duration: "rates were higher than a year ago" (not "more than a
// year earlier", a duration).
func dropComparedTimes(text string, figs []Figure) []Figure {
	return slices.DeleteFunc(figs, func(f Figure) bool {
		if f.Kind != Duration || f.IsRange || f.Qualifier == "" || !timeWordAt(text, f.End) {
			return false
		}
		w, _, we := wordAt(text, f.Start)
		return comparatives[strings.ToLower(w)] && strings.HasPrefix(text[we:], " than ")
	})
}

// shareGoalNoun gives a bare number that states a goal, a target or a shortfall the noun of
// the count before it in the sentence: "signed 50,000 recruits against a goal of 65,000, a
// shortfall of about 15,000" (count:recruit), "30,200 sailors, short of its 37,700 target".
func shareGoalNoun(text string, figs []Figure) {
	for k := 1; k < len(figs); k++ {
		b := &figs[k]
		if b.Kind != Number || b.IsList || !goalAround(text, b.Start, b.End) {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			a := &figs[j]
			if !oneSentence(text[a.End:b.Start], 120) {
				break
			}
			if a.Kind == Count && a.Per == "" && !strings.Contains(text[a.End:b.Start], " and ") {
				b.Kind, b.Unit = Count, a.Unit
				break
			}
		}
	}
}

// goalAround reports whether a number from start to end states a goal, a target or a
// shortfall: after "goal of", "target of", "shortfall of", "quota of" ("a goal of 65,000"), or
// before "goal" or "target" ("its 37,700 target").
func goalAround(text string, start, end int) bool {
	if w, ws := wordBefore(text, start, false); eqFold(w, "of") {
		g, _ := wordBefore(text, ws, false)
		switch strings.ToLower(g) {
		case "goal", "target", "shortfall", "quota", "objective", "requirement":
			return true
		}
	}
	w, ws, _ := wordAt(text, end)
	return ws == end+1 && (w == "goal" || w == "target")
}

// shareOfThem gives a bare number after "Of them," "Of those," or "Of these," opening a
// sentence the noun of the last count of the sentence before: "Nearly 1.8 million Americans
// served. Of them, 36,574 died" (count:American).
func shareOfThem(text string, figs []Figure) {
	for k := 1; k < len(figs); k++ {
		b := &figs[k]
		if b.Kind != Number || b.IsList || b.Value != math.Trunc(b.Value) {
			continue
		}
		head := strings.TrimRight(text[:b.Start], " ")
		var rest string
		for _, p := range [...]string{"Of them,", "Of those,", "Of these,", "Of the total,"} {
			if h, ok := strings.CutSuffix(head, p); ok {
				rest = h
				break
			}
		}
		if rest == "" || !strings.HasSuffix(strings.TrimRight(rest, " "), ".") {
			continue
		}
		a := &figs[k-1]
		if a.Kind == Count && a.Per == "" && b.Value <= a.Value && len(text[a.End:b.Start]) <= 200 {
			b.Kind, b.Unit = Count, a.Unit
		}
	}
}

// casualtyObjects gives a bare number that a verb of killing or wounding takes as its object,
// its noun left out, the casualty as its counted noun, as "68 killed" has it: "the attack killed
// 68 and wounded 144" (68 count:killed, 144 count:wounded), "wounded about 20 others". The
// number must end its clause, or come before "and", "or", "others", "more" or a preposition of
// place or time: "killed 3 of the 12" counts a part of something else.
func casualtyObjects(text string, figs []Figure) {
	for k := range figs {
		f := &figs[k]
		if f.Kind != Number || f.IsRange || f.IsList {
			continue
		}
		w, ws := wordBefore(text, f.Start, false)
		if strings.EqualFold(w, "all") {
			w, _ = wordBefore(text, ws, false) // "killing all seven on board"
		}
		noun, ok := casualtyVerbs[strings.ToLower(w)]
		if !ok || !casualtyObjectEnd(text, f.End) {
			continue
		}
		f.Unit, f.Kind = "count:"+noun, Count
	}
}

// casualtyObjectEnd reports whether what follows a number at e lets a verb of killing or
// wounding take it as its whole object: see casualtyObjects.
func casualtyObjectEnd(text string, e int) bool {
	w, k, ke := wordAt(text, e)
	if k == e+1 && (w == "and" || w == "or" || w == "others" || w == "more") {
		return true
	}
	if !elisionEnd(text, e) {
		return false
	}
	if k == e+1 { // a preposition: not one that joins a series, "killed 3 through 5 soldiers"
		n, nk, _ := wordAt(text, ke)
		return nk != ke+1 || nk < len(text) && !isDigit(text[nk]) && !isNumberWord(strings.ToLower(n))
	}
	return true
}

// shareRateNoun gives a bare number with a rate, after a comma, the noun of the count before it
// in the sentence that it breaks down by time: "1,200 patrols in the last quarter, roughly 13 a
// day" (roughly 13 count:patrol/day), or the unit of the measure before it ("80,000 barrels in
// May, roughly 2,600 a day": bbl/day).
func shareRateNoun(text string, figs []Figure) {
	for k := 0; k+1 < len(figs); k++ {
		a, b := &figs[k], &figs[k+1]
		if a.Kind == Duration && k > 0 && b.Kind == Number && b.Per != "" && figs[k-1].Kind == Count && figs[k-1].Per == "" &&
			strings.HasPrefix(text[a.End:b.Start], ", ") && oneSentence(text[figs[k-1].End:a.Start], 40) {
			// the count over a time, then its rate: "3,000 animals over four days, about
			// 750 a day" counts animals
			if _, time := rateTimes[b.Per]; time {
				b.Kind, b.Unit = Count, figs[k-1].Unit
			}
			continue
		}
		if a.Kind != Count && !measureKind(a.Kind) || a.Per != "" || a.IsRange || a.IsList || b.Kind != Number || b.Per == "" || b.IsList {
			continue
		}
		if _, time := rateTimes[b.Per]; !time {
			continue
		}
		g := text[a.End:b.Start]
		for _, join := range [...]string{", an average of ", ", averaging ", ", or ", ", "} {
			if w, ok := strings.CutSuffix(g, join); ok && oneSentence(w, 80) {
				// ("359 PLA aircraft …, an average of 11.6 a day"; "80,000 barrels in May,
				// roughly 2,600 a day" is bbl/day)
				b.Kind, b.Unit = a.Kind, a.Unit
				if a.SI != 0 && a.Value != 0 {
					b.SI, b.SIUnit = 0, "" // a rate of a measure carries no SI value here
				}
				break
			}
		}
	}
}

// shareSubjectTotal gives a bare number after a verb of totalling the plural noun of the
// clause's subject, written right before the verb or opening the sentence: "Casualties in the
// First Army numbered about 7,000" (count:casualty), "Losses totaled 1,200".
func shareSubjectTotal(text string, figs []Figure) {
	for k := range figs {
		f := &figs[k]
		if f.Kind != Number || f.IsRange || f.IsList || f.Per != "" || f.Value < 2 || f.Value != math.Trunc(f.Value) {
			continue
		}
		v, vs := wordBefore(text, f.Start, false)
		if !totalVerbs[v] || strings.HasPrefix(v, "number") && f.Qualifier == "" && f.Value < 10 {
			continue // (a small number after "numbered" may label: "cases numbered 4")
		}
		n, _ := wordBefore(text, vs, false)
		if !subjectPlural(n) {
			// the sentence's first word, a prepositional phrase between: "Casualties in the
			// First Army numbered"
			b := strings.LastIndexAny(text[:vs], ".;:!?")
			if strings.ContainsAny(text[b+1:vs], ",()") {
				continue
			}
			first, fs, _ := wordAt(text, b+1)
			if strings.EqualFold(first, "the") {
				first, fs, _ = wordAt(text, fs+len(first))
			}
			if fs >= vs || !subjectPlural(first) {
				continue
			}
			n = first
		}
		f.Kind, f.Unit = Count, "count:"+Lemma(strings.ToLower(n))
	}
}

// totalVerbs say what a subject's count came to: see shareSubjectTotal.
var totalVerbs = fieldSet(`numbered numbering totaled totalled totaling totalling`)

// subjectPlural reports whether w is a plural noun that may be a clause's subject.
func subjectPlural(w string) bool {
	lw := strings.ToLower(w)
	return len(lw) > 3 && plural(lw) && !stopWords[lw] && !verbsInS[lw] && !strings.HasSuffix(lw, "ss") && isLetter(w[len(w)-1])
}

// measureKind reports whether k is a kind of measure whose unit a bare number may share: a
// volume, a mass, a length, an area or a sum of money.
func measureKind(k Kind) bool {
	return k == Volume || k == Mass || k == Length || k == Area || k == Money
}

// comparedGap reports whether g, the text between a figure and a bare number, compares them:
// a comma and "down from", "up from", "compared with", "compared to" or "not", with "a" or "an"
// and one word in lower case before the number ("down from a planned 30").
// shareGustUnit gives a bare number that gives a wind's gusts the wind's speed unit: "18 knots
// gusting to 32", "winds of 20 mph with gusts to 40".
func shareGustUnit(text string, figs []Figure) {
	for k := 0; k+1 < len(figs); k++ {
		a, b := &figs[k], &figs[k+1]
		if a.Kind != Speed || b.Kind != Number || b.IsList {
			continue
		}
		g := text[a.End:b.Start]
		for _, join := range [...]string{" gusting to ", " gusting ", ", gusting to ", " with gusts to ", " with gusts of ", ", gusts to ", " gusts to "} {
			if g == join {
				b.Kind, b.Unit = a.Kind, a.Unit
				if a.SI != 0 && a.Value != 0 {
					b.SI, b.SIUnit = b.Value*a.SI/a.Value, a.SIUnit
				}
				break
			}
		}
	}
}

// orMoreAfter gives a figure with no qualifier "or more" (at least) or "or less" (at most) that
// follow its unit or noun: "$2.5 million or more in damage", "500 hours or more"; and "at most"
// or "at least" there before the clause ends: "a salvo of 24 missiles at most".
func orMoreAfter(text string, figs []Figure) {
	for k := range figs {
		f := &figs[k]
		if f.Qualifier != "" || f.IsRange || f.IsList || f.Kind == Number {
			continue
		}
		for _, p := range [...]struct{ s, q string }{{" or more", "at-least"}, {" or greater", "at-least"}, {" or less", "at-most"}, {" or fewer", "at-most"},
			{" at most", "at-most"}, {" at the most", "at-most"}, {" at least", "at-least"}, {" at the least", "at-least"}} {
			if e := f.End + len(p.s); strings.HasPrefix(text[f.End:], p.s) && (e == len(text) || !isLetter(text[e])) &&
				(p.s[1] != 'a' || e == len(text) || strings.IndexByte(".,;:)", text[e]) >= 0) {
				if k+1 < len(figs) && figs[k+1].Start < e {
					break
				}
				f.Qualifier, f.End = p.q, e
				f.Text = text[f.Start:f.End]
				break
			}
		}
	}
}

// shareComparedRate gives a sum compared with a rate in the same currency before it, in its
// sentence, that rate's unit of time: "$2,108 a month in base pay, up from about $1,917" (about
// 1917 USD/month).
func shareComparedRate(text string, figs []Figure) {
	for k := 0; k+1 < len(figs); k++ {
		a, b := &figs[k], &figs[k+1]
		if a.Kind != Money || b.Kind != Money || a.Per == "" || b.Per != "" || a.Unit != b.Unit || a.IsList || b.IsList {
			continue
		}
		g := text[a.End:b.Start]
		for _, join := range comparisonJoins {
			if w, ok := strings.CutSuffix(g, join); ok && oneSentence(w, 60) {
				if _, time := rateTimes[a.Per]; time {
					b.Per = a.Per
				}
				break
			}
		}
	}
}

// timesWord reads "twice" as two times and "once" before a rate as one time: "at least
// twice" (at-least 2 times), "about twice as high", "train twice a year" (2 times/year), "once a
// week" (1 times/week); a lone "once" is no figure ("once again", "once the ship docks"), nor a
// lone "twice" ("patients assessed twice").
func timesWord(text string, i, j, last int) (Figure, bool) {
	var v float64
	switch w := text[i:j]; {
	case eqFold(w, "twice"):
		v = 2
	case eqFold(w, "once"):
		v = 1
	default:
		return Figure{}, false
	}
	if j+1 < len(text) && text[j] == '-' && isLetter(text[j+1]) {
		// "the twice-yearly airlift", "twice-weekly flights": a rate
		we := wordEnd(text, j+1)
		if per, ok := rateAdverbs[strings.ToLower(text[j+1:we])]; ok && v == 2 {
			u := canon["times"]
			return Figure{Start: i, End: we, Text: text[i:we], Kind: u.kind, Value: v, Unit: u.unit, Per: per,
				NumStart: i, NumEnd: j, CoreStart: i, CoreEnd: we}, true
		}
		return Figure{}, false // "once-great"
	}
	if j < len(text) && isLetter(text[j]) {
		return Figure{}, false
	}
	if k := skipBackSpace(text, i); isUpper(text[i]) && k > 0 && !strings.ContainsRune(".!?:\n\"(", rune(text[k-1])) {
		return Figure{}, false // a name amid a sentence: "the Twice Removed band"
	}
	u := canon["times"]
	f := Figure{Start: i, End: j, Kind: u.kind, Value: v, Unit: u.unit, NumStart: i, NumEnd: j, CoreStart: i, CoreEnd: j}
	rate := false
	if per, e, ok := rateAfter(text, j, u); ok {
		f.Per, f.End, f.CoreEnd = per, e, e
		rate = true
	}
	if q, qs := qualifierBefore(text, i, last); q != "" && q != "between" && v == 2 {
		f.Qualifier, f.Start = q, qs
	}
	// a lone "twice" after a verb says how often, not how much: only with a rate, a
	// qualifier or "as" ("twice as high") is it a figure
	if !rate && (v == 1 || f.Qualifier == "" && !strings.HasPrefix(text[j:], " as ")) {
		return Figure{}, false
	}
	f.Text = text[f.Start:f.End]
	return f, true
}

// pastVerb reports whether w, in lower case, is a verb in the past tense: "boarded",
// "intercepted", "shot".
func pastVerb(w string) bool {
	return w != "" && isLower(w[0]) && (irregularPasts[w] || len(w) > 4 && strings.HasSuffix(w, "ed"))
}

// timeAgoAt reports whether a time in the past that dates a number follows e and ends its
// clause: "down from nearly 20,000 a decade earlier", "two years ago", "the year before".
func timeAgoAt(text string, e int) bool {
	w, _, we := wordAt(text, e)
	switch strings.ToLower(w) {
	case "a", "an", "one", "two", "three", "four", "five", "six", "several", "the":
	default:
		return false
	}
	u, _, ue := wordAt(text, we)
	switch strings.ToLower(u) {
	case "year", "years", "decade", "decades", "month", "months", "week", "weeks", "previous", "prior":
	default:
		return false
	}
	if t, _, te := wordAt(text, ue); eqFold(u, "previous") || eqFold(u, "prior") {
		return (t == "year" || t == "month" || t == "week" || t == "decade") && elisionEndPunct(text, te)
	}
	t, _, te := wordAt(text, ue)
	switch t {
	case "earlier", "ago", "before", "prior":
		return elisionEndPunct(text, te)
	}
	return false
}

// elisionEndPunct reports whether the clause ends at e.
func elisionEndPunct(text string, e int) bool {
	return e == len(text) || strings.IndexByte(".,;", text[e]) >= 0
}

// multiplierOf returns the multiplier word's value that figure f's number is written with
// ("45 million dollars", "$45 million": 1e6), or 1.
func multiplierOf(text string, f Figure) float64 {
	t := text[f.NumStart:f.NumEnd]
	w := t[strings.LastIndexByte(t, ' ')+1:]
	if n, ns, _ := wordAt(text, f.NumEnd); w == t && ns == f.NumEnd+1 && ns < f.End {
		w = n // "45 million dollars": the multiplier after the digits
	}
	switch strings.ToLower(w) {
	case "thousand":
		return 1e3
	case "million":
		return 1e6
	case "billion":
		return 1e9
	case "trillion":
		return 1e12
	}
	return 1
}

// commaBreakdown reports whether g, the text between a count and a bare number, ends the
// count's clause with a comma, within one sentence and 60 bytes: "seven facilities, three in
// Iraq", "Four Army vessels ran aground, two near Ashdod".
// colonBreakdown reports whether g, between a count and a bare number, ends the count's clause
// with a colon that opens a breakdown: "523 service members died by suicide in 2023: 363 in
// the active component".
func colonBreakdown(g string) bool {
	w, ok := strings.CutSuffix(g, ": ")
	return ok && oneSentence(w, 60)
}

// comparatives: see dropComparedTimes.
var comparatives = fieldSet(`higher lower greater larger smaller bigger better worse stronger weaker`)

// casualtyVerbs maps a verb of killing or wounding to the casualty it makes of its object.
var casualtyVerbs = map[string]string{"killed": "killed", "killing": "killed", "kills": "killed",
	"wounded": "wounded", "wounding": "wounded", "wounds": "wounded",
	"injured": "injured", "injuring": "injured", "injures": "injured"}

// sharePartitive gives a bare whole number before "of them", "of those" or "of these" that no
// closer rule gave a noun the noun of the nearest count before it, in its sentence or the one
// before, that is no smaller: "Iran fired 40 missiles, and air defenses intercepted 13 of them",
// "The plant had 1,000 centrifuges. Inspectors saw 200 of them running." So does a bare number
// before "of the" and a bare number equal to such a count, and that number too: "fired 6
// Stinger missiles. Four of the six hit".
func sharePartitive(text string, figs []Figure) {
	for k := 1; k < len(figs); k++ {
		b := &figs[k]
		if b.Kind != Number || b.IsList || b.IsRange || b.Value < 1 || b.Value != math.Trunc(b.Value) {
			continue
		}
		rest := strings.ToLower(text[b.End:])
		of := false
		for _, p := range [...]string{" of them", " of those", " of these"} {
			if r, ok := strings.CutPrefix(rest, p); ok && (r == "" || !isLetter(r[0])) {
				of = true
				break
			}
		}
		var whole *Figure // "four of the six": the six restates a count before
		if !of && k+1 < len(figs) && strings.EqualFold(text[b.End:figs[k+1].Start], " of the ") {
			if c := &figs[k+1]; c.Kind == Number && !c.IsList && !c.IsRange && c.Value >= b.Value && c.Value == math.Trunc(c.Value) &&
				(elisionEnd(text, c.End) || lowerWordFollowsVerb(text, c.End)) {
				whole = c
			}
		}
		if !of && whole == nil {
			continue
		}
		for j := k - 1; j >= 0; j-- {
			a := &figs[j]
			if b.Start-a.End > 250 || sentenceEnds(text[a.End:b.Start]) > 1 {
				break
			}
			if whole != nil {
				if a.Kind == Count && a.Per == "" && a.Value == whole.Value {
					b.Kind, b.Unit = Count, a.Unit
					whole.Kind, whole.Unit = Count, a.Unit
					break
				}
				continue
			}
			if a.Kind == Count && a.Per == "" && a.Value >= b.Value {
				b.Kind, b.Unit = Count, a.Unit
				break
			}
		}
	}
}

// lowerWordFollowsVerb reports whether a word in lower case that can be a verb follows e: a
// verb in the past or in -s ("four of the six hit", "two of the three remain").
func lowerWordFollowsVerb(text string, e int) bool {
	w, k, _ := wordAt(text, e)
	if k != e+1 || w == "" || !isLower(w[0]) {
		return false
	}
	return pastVerb(w) || irregularPasts[w] || verbsInS[w] || clauseVerbsInS[w] || auxiliaries[w]
}
