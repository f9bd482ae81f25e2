package figure

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Find returns the figures in text in order of Start, non-overlapping.
func Find(text string) []Figure {
	var f Finder
	return f.AppendFind(nil, text)
}

// AppendFind appends the figures Find returns for text to dst and returns the extended slice
// (see Finder.AppendFind).
func AppendFind(dst []Figure, text string) []Figure {
	var f Finder
	return f.AppendFind(dst, text)
}

// Finder finds figures as Find does, keeping the slice it gathers them in from one call to the
// next, so that a caller finding the figures of many texts (the annotation stage: every run of
// text of every briefing) allocates only what it keeps. Its zero value is ready; it is not
// safe for concurrent use.
type Finder struct {
	scratch []Figure
}

// AppendFind appends the figures Find returns for text to dst and returns the extended slice;
// a figure's Restates then counts from the first figure of text, not from dst[0]. With dst
// nil, the slice is allocated at its exact size. No figure keeps f's memory.
func (fd *Finder) AppendFind(dst []Figure, text string) []Figure {
	figs := fd.scratch[:0]
	add := func(f Figure) {
		f.Restates = -1
		figs = append(figs, f)
	}
	var parsed Figure // parseFigure's figure
	last := 0         // end of the last figure: nothing may start before it
	i := 0
	for i < len(text) {
		c := text[i]
		switch {
		case c >= '0' && c <= '9' || c == '.' && i+1 < len(text) && isDigit(text[i+1]):
			if i >= last && numberBoundaryBefore(text, i) {
				if parseFigure(text, i, last, &parsed) {
					add(parsed)
					last, i = parsed.End, parsed.End
					continue
				}
			}
			i = skipAlnum(text, i)
		case c < utf8.RuneSelf && !isLetter(c):
			i++
		default:
			j := i
			for j < len(text) && isLetter(text[j]) {
				j++ // the ASCII letters of the word, as wordEnd reads them, without a call
			}
			if j < len(text) && text[j] >= utf8.RuneSelf {
				j = wordEnd(text, j)
			}
			if j == i && i >= last && !letterBefore(text, i) {
				if _, _, _, ok := vulgar(text, i); ok {
					if f, ok := parseVulgar(text, i); ok {
						add(f)
						last, i = f.End, f.End
						continue
					}
				}
			}
			if j == i {
				_, n := utf8.DecodeRuneInString(text[i:])
				i += n
				continue
			}
			// Most words start no figure; the table of first letters and lengths rules them
			// out before the exact tests.
			if i >= last && j-i > 9 && j-i <= 16 && (text[j-1] == 'd' || text[j-1] == 'D') && strings.EqualFold(text[j-4:j], "fold") && !letterBefore(text, i) {
				if f, ok := foldWord(text, i, j, last); ok {
					add(f) // "twelvefold", "hundredfold": longer than mayStartFigure's words
					last, i = f.End, f.End
					continue
				}
			}
			if i >= last && (j-i == 5 || j-i == 4) && (text[i]|0x20 == 't' || text[i]|0x20 == 'o') && !letterBefore(text, i) {
				if f, ok := timesWord(text, i, j, last); ok {
					add(f) // "twice", "twice a year", "once a week"
					last, i = f.End, f.End
					continue
				}
			}
			if i >= last && mayStartFigure(text[i:j]) && !letterBefore(text, i) {
				if j-i <= 9 && phraseStart(text, i, j) {
					if f, ok := parsePhrase(text, i, last); ok {
						add(f)
						last, i = f.End, f.End
						continue
					}
				}
				if j < len(text) && text[j] == '-' || j-i >= 7 && text[j-1] == 'g' {
					if f, ok := unitLong(text, i, j, last); ok { // ("year-long", "yearlong")
						add(f)
						last, i = f.End, f.End
						continue
					}
				}
				if j-i >= minFoldWord {
					if f, ok := foldWord(text, i, j, last); ok {
						add(f)
						last, i = f.End, f.End
						continue
					}
				}
				if isNumberWordStart(text, i, j) {
					if parseFigure(text, i, last, &parsed) {
						add(parsed)
						last, i = parsed.End, parsed.End
						continue
					}
				}
			}
			i = j
		}
	}
	if len(figs) > 0 {
		found := dropComparedTimes(text, figs)
		found = mergeCompounds(text, found)
		found = mergeLists(text, found)
		found = mergeSpokenCalibres(text, found)
		found = mergeBareEstimates(text, found)
		found = mergePerPopulation(text, found)
		shareCountedNouns(text, found)
		shareCorrectedUnit(text, found)
		shareChangeUnit(text, found)
		shareOfThem(text, found)
		shareElidedNoun(text, found)
		sharePartitive(text, found)
		shareComparedUnit(text, found)
		shareComparedRate(text, found)
		shareRateNoun(text, found)
		shareSubjectTotal(text, found)
		shareGustUnit(text, found)
		orMoreAfter(text, found)
		casualtyObjects(text, found)
		shareGoalNoun(text, found)
		priceEach(text, found)
		pointsToPercent(text, found)
		rateBefore(text, found)
		markRestatements(text, found)
		if dst == nil {
			dst = make([]Figure, 0, len(found))
		}
		dst = append(dst, found...)
	}
	clear(figs) // no slices of text kept for the next call
	fd.scratch = figs[:0]
	return dst
}

// figureStarts has, for the first two bytes of a word (as in a wordFilter), a bit for each
// length in bytes of a word that may start a figure and begins with them: a number word, or one
// of the words that start a number or a unit phrase ("a", "an", "half", "quarter", "few",
// "several", "couple", "another", "whole", "full", "entire", "all"). Unlike a wordFilter's, its
// entries for other bytes are empty: those words are all ASCII letters.
var figureStarts [27 * 28]uint16

func init() {
	add := func(w string) {
		c1 := byte(27)
		if len(w) > 1 {
			c1 = letterClass[w[1]]
		}
		figureStarts[int(letterClass[w[0]])*28+int(c1)] |= 1 << len(w)
	}
	for w := range numberWords {
		add(w)
	}
	for _, w := range []string{"a", "an", "half", "quarter", "few", "several", "couple", "another", "whole", "full", "entire", "all", "tens", "scores", "trillions"} {
		add(w)
	}
	for w := range longUnits {
		add(w)          // "week-long"
		add(w + "long") // "yearlong", "weeklong"
	}
	for w, nw := range numberWords {
		if (nw.kind == 'u' || nw.kind == 't') && nw.v >= 2 && len(w)+4 <= 9 {
			add(w + "fold") // "tenfold", "twofold"
		}
	}
}

// longUnits are the units of time that "-long" makes a duration of one: "a week-long course".
var longUnits = map[string]bool{"hour": true, "day": true, "week": true, "month": true, "year": true, "decade": true, "century": true}

// unitLong parses a unit of time joined to "long" from i: "week-long", "month-long", "year-long",
// or written as one word, "yearlong", "weeklong" (1 of the unit; "a decade-long war" is 10
// years as "a decade" is 1 decade).
func unitLong(text string, i, j, last int) (Figure, bool) {
	var b [16]byte
	if j-i > len(b) {
		return Figure{}, false
	}
	if w := string(lowerASCII(b[:0], text[i:j])); len(w) > 4 && strings.HasSuffix(w, "long") && longUnits[w[:len(w)-4]] &&
		(j == len(text) || !isLetter(text[j]) && text[j] != '-') {
		// written as one word: "a yearlong mission", "a weeklong exercise"
		unit := w[:len(w)-4]
		info := canon[unit]
		f := Figure{Start: i, End: j, CoreStart: i, CoreEnd: j, NumStart: i, NumEnd: j - len("long"), Value: 1, Unit: unit, Kind: Duration, SI: info.si, SIUnit: info.siUnit}
		f.Text = text[i:j]
		return f, true
	}
	if !strings.HasPrefix(text[j:], "-long") || j+len("-long") < len(text) && isLetter(text[j+len("-long")]) {
		return Figure{}, false
	}
	w := string(lowerASCII(b[:0], text[i:j]))
	if !longUnits[w] {
		return Figure{}, false
	}
	info := canon[w]
	e := j + len("-long")
	f := Figure{Start: i, End: e, CoreStart: i, CoreEnd: e, NumStart: i, NumEnd: j, Value: 1, Unit: w, Kind: Duration, SI: info.si, SIUnit: info.siUnit}
	f.Text = text[i:e]
	return f, true
}

// minFoldWord is the length of the shortest word foldWord parses: "twofold".
const minFoldWord = 7

// foldWord parses a factor written in one word, a number word of two or more and "fold", from i
// to j: "tenfold", "twofold", "nearly threefold" (as "10-fold" is, unit fold).
func foldWord(text string, i, j, last int) (Figure, bool) {
	if j-i < minFoldWord || j < len(text) && text[j] == '-' {
		return Figure{}, false
	}
	var b [16]byte
	w := lowerASCII(b[:0], text[i:j])
	if string(w[len(w)-4:]) != "fold" {
		return Figure{}, false
	}
	nw, ok := lookupNumberWord(w[:len(w)-4])
	if !ok || nw.kind != 'u' && nw.kind != 't' && nw.kind != 'h' || nw.v < 2 {
		return Figure{}, false
	}
	f := Figure{Start: i, End: j, CoreStart: i, CoreEnd: j, NumStart: i, NumEnd: j, Value: nw.v, Unit: "fold", Kind: Other}
	if qual, qstart := qualifierBefore(text, i, last); qual != "" && qual != "between" {
		f.Qualifier, f.Start = qual, qstart
	} else if qual, qstart := qualifierOverArticle(text, i, last); qual != "" {
		f.Qualifier, f.Start = qual, qstart // "more than a fourfold increase"
	}
	f.Text = text[f.Start:f.End]
	return f, true
}

// mayStartFigure reports whether the word w may start a figure: it is false for every word
// for which phraseStart and isNumberWordStart are both false, and for most others. Those words
// have at most 9 letters.
func mayStartFigure(w string) bool {
	n := len(w)
	if n == 0 || n > 9 {
		return false
	}
	c1 := byte(27)
	if n > 1 {
		c1 = letterClass[w[1]]
	}
	return figureStarts[int(letterClass[w[0]])*28+int(c1)]&(1<<n) != 0
}

// mergeCompounds joins an amount written in parts of one dimension into one figure: "5 feet 2
// inches" (5.1667 ft), "1 hour 30 minutes" (5400 second), "thirteen dollars and forty-five
// cents" (13.45 USD). A length or mass takes the first part's unit and needs each part smaller
// than the one before; durations in any order are totalled in seconds, but only when a space
// alone parts them ("21 years and six months" stays two figures, as the labelled sets count
// them; "an hour and 45 minutes" is one, oneUnitAndPart).
func mergeCompounds(text string, figs []Figure) []Figure {
	if !compoundPair(text, figs) {
		return figs // nothing to join (the common case): no figure is copied
	}
	out := figs[:0]
	for i := 0; i < len(figs); {
		a := figs[i]
		j := i
		total := a.Value
		dur := a.Kind == Duration && a.SIUnit == "s"
		secs := a.SI
		var seenBuf [4]string
		seen := append(seenBuf[:0], a.Unit) // the units taken so far
		for j+1 < len(figs) && compoundable(a) {
			b, prev := figs[j+1], figs[j]
			g := text[prev.End:b.Start]
			if g != " " && (g != " and " || dur) || !compoundable(b) || b.Qualifier != "" || slices.Contains(seen, b.Unit) {
				break
			}
			switch {
			case dur && b.Kind == Duration && b.SIUnit == "s":
				secs += b.SI
			case a.Kind == Money && b.Kind == Money && subUnit(a.Unit) == b.Unit && j == i:
				total += b.Value / 100
			case (a.Kind == Length || a.Kind == Mass) && b.SIUnit == a.SIUnit && b.Kind == a.Kind &&
				lookupUnit(b.Unit).si < lookupUnit(prev.Unit).si && b.Value < a.Value*1000 && !a.IsRange:
				total += b.SI / lookupUnit(a.Unit).si
			default:
				goto done
			}
			seen = append(seen, b.Unit)
			j++
		}
	done:
		if j == i {
			out = append(out, a)
			i++
			continue
		}
		l := figs[j]
		a.End, a.CoreEnd = l.End, l.CoreEnd
		if dur {
			a.Value, a.Unit, a.SI = secs, "second", secs
		} else {
			a.Value = total
			if u := lookupUnit(a.Unit); u.si != 0 {
				a.SI = total*u.si + u.offset
			}
		}
		a.Text = text[a.Start:a.End]
		out = append(out, a)
		i = j + 1
	}
	return out
}

// shareCountedNouns gives a bare number the noun that the count after it names, when each has
// its own capitalised modifiers and "and" or "or" joins them: in "250 Australian and 100 French
// forces", 250 counts "Australian force" as 100 counts "French force". The number's span takes
// its modifiers.
func shareCountedNouns(text string, figs []Figure) {
	for k := 0; k+1 < len(figs); k++ {
		a, b := &figs[k], &figs[k+1]
		if a.Kind == Count && !a.IsRange && !a.IsList && a.Per == "" && b.Kind == Count && !b.IsList && text[a.End:b.Start] == " and " {
			// a people's name that is its plural too, then a count of a noun it may modify:
			// "50,000 South Vietnamese and 30,000 U.S. troops" → count:South Vietnamese troop
			noun, bn := strings.TrimPrefix(a.Unit, "count:"), strings.TrimPrefix(b.Unit, "count:")
			if sp := strings.LastIndexByte(bn, ' '); sp > 0 && isUpper(bn[0]) && isLower(bn[sp+1]) && invariantPeople(noun) {
				a.Unit = "count:" + noun + bn[sp:]
			}
			continue
		}
		if a.Kind != Number || a.IsRange || a.IsList || b.Kind != Count || b.Qualifier != "" || b.IsList {
			continue
		}
		mods, ok := sharedModifiers(text[a.End:b.Start])
		if !ok {
			continue
		}
		noun := strings.TrimPrefix(b.Unit, "count:")
		if isLower(mods[0]) != isLower(noun[0]) {
			continue // the later count's modifier, in its unit, is written like the first's: "French force", "light tank"
		}
		sp := commonNounStart(noun) - 1
		if isLower(mods[0]) {
			sp = strings.IndexByte(noun, ' ') // "light tank": the modifier is the first word
		}
		if sp < 0 || strings.ContainsFunc(noun[sp+1:], unicode.IsUpper) {
			continue // "French force", "UH-60 Black Hawk helicopter"; not "U.S. and Polish soldier"
		}
		var buf [64]byte
		unit := append(append(append(append(buf[:0], "count:"...), mods...), ' '), noun[sp+1:]...)
		a.Unit, a.Kind = countUnit(unit), Count
		a.End += 1 + len(mods)
		a.Text = text[a.Start:a.End]
	}
}

// commonNounStart returns where the lower-case words that end a counted noun begin, after its
// capitalised modifiers ("helicopter" in "UH-60 Black Hawk helicopter"), or 0 when the noun
// opens with no capitalised modifier or has no such words.
func commonNounStart(noun string) int {
	for i := 1; i < len(noun); i++ {
		if noun[i-1] == ' ' && isLower(noun[i]) {
			return i
		}
	}
	return 0
}

// invariantPeople reports whether noun, capitalised, names a people by a demonym that is its
// own plural: "Vietnamese", "South Vietnamese", "Japanese", "Swiss".
func invariantPeople(noun string) bool {
	last := noun[strings.LastIndexByte(noun, ' ')+1:]
	return len(last) > 4 && isUpper(noun[0]) && isUpper(last[0]) && (strings.HasSuffix(last, "ese") || last == "Swiss")
}

// shareCorrectedUnit gives a bare number the unit of the figure that corrects it, as speakers
// do: "about 1,500 -- sorry, 1,700 short tons", "12, I mean 14 strikes" (1,500 short tons, 14
// strikes). The correction follows a dash or a comma and "sorry", "I'm sorry", "I mean",
// "correction", "rather", "make that", "excuse me" or "pardon me" (after "no", "uh" or "um" too).
func shareCorrectedUnit(text string, figs []Figure) {
	for k := 0; k+1 < len(figs); k++ {
		a, b := &figs[k], &figs[k+1]
		if a.Kind != Number || a.IsList || b.Kind == Number || b.Kind == Temperature || b.IsList || !correctionGap(text[a.End:b.Start]) {
			continue
		}
		a.Kind, a.Unit, a.Per = b.Kind, b.Unit, b.Per
		if b.SI != 0 && b.Value != 0 {
			a.SI, a.SIUnit = a.Value*b.SI/b.Value, b.SIUnit
		}
	}
}

// shareComparedUnit gives a bare number the unit of the figure it is compared with, which
// comes just before it in the same clause: "78 working radars, down from 92" (92
// count:working radar), "fell to 45 percent, up from 30", "4,000 soldiers, compared with 3,200
// last year", "1,200 tons, not 1,020" (comparedGap); not when one is a hundred times the other, as a
// multiplier left out makes it ("$849.8 billion, up from 816.7").
func shareComparedUnit(text string, figs []Figure) {
	for k := 0; k+1 < len(figs); k++ {
		a, b := &figs[k], &figs[k+1]
		if a.Kind == Number || a.Kind == Temperature || a.Kind == OperationDay || a.IsList || b.Kind != Number || b.IsList || b.Per != "" && b.Per != a.Per ||
			!comparedGap(text[a.End:b.Start]) || a.Value <= 0 || b.Value <= 0 || a.Value/b.Value >= 100 || b.Value/a.Value >= 100 {
			continue // nor when the two differ a hundredfold: "$849.8 billion, up from 816.7" leaves out a multiplier
		}
		b.Kind, b.Unit, b.Per = a.Kind, a.Unit, a.Per
		if a.SI != 0 && a.Value != 0 {
			b.SI, b.SIUnit = b.Value*a.SI/a.Value, a.SIUnit
		}
	}
}

func comparedGap(g string) bool {
	if g == " instead of " || g == " rather than " {
		return true // "one Virginia-class submarine instead of two"
	}
	for _, w := range [...]string{", down from ", ", up from ", ", compared with ", ", compared to "} {
		if h, ok := strings.CutSuffix(g, w); ok && h != "" && h[0] == ' ' && oneSentence(h, 60) {
			return true // words of the first figure's clause between: "850,000 barrels of diesel in fiscal 2023, up from 710,000"
		}
	}
	r, ok := strings.CutPrefix(g, ", ")
	if !ok || len(r) > 40 {
		return false
	}
	for _, w := range [...]string{"down from ", "up from ", "compared with ", "compared to ", "not "} {
		if rest, ok := strings.CutPrefix(r, w); ok {
			if rest == "" {
				return true
			}
			if w == "not " {
				return false
			}
			if a, ok := strings.CutPrefix(rest, "a "); ok {
				rest = a
			} else if a, ok := strings.CutPrefix(rest, "an "); ok {
				rest = a
			} else {
				return false
			}
			word, ok := strings.CutSuffix(rest, " ")
			return ok && len(word) > 1 && strings.IndexFunc(word, func(c rune) bool { return c < 'a' || c > 'z' }) < 0
		}
	}
	return false
}

// shareChangeUnit gives a bare number after a verb of change and "from" the unit of the figure
// after "to" that ends the change (changeFromTo): "rose from 500 to 650 missiles a year" (500
// count:missile/year), "fell from 30 to 12 percent"; and the bare number that ends a change
// from a measure its unit: "dropped from 14 days to nine".
func shareChangeUnit(text string, figs []Figure) {
	for k := 0; k+1 < len(figs); k++ {
		a, b := &figs[k], &figs[k+1]
		if a.Per != "" && b.Per == "" && !a.IsList && !b.IsList && text[a.End:b.Start] == " to " && fromBefore(text, a.Start) && elisionEnd(text, b.End) &&
			(a.Kind == Number && b.Kind == Number || a.Kind == Money && b.Kind == Money && a.Unit == b.Unit) {
			// a rate's change keeps its rate: "fallen from 300 a year to 50", "from $3 million a
			// year to $4 million"
			b.Per = a.Per
			continue
		}
		if a.Kind != Number && a.Kind != Count && a.Kind != Money && a.Kind != Temperature && !a.IsList && !a.IsRange && b.Kind == Number && !b.IsList && !b.IsRange &&
			b.Per == "" && text[a.End:b.Start] == " to " && fromBefore(text, a.Start) && elisionEnd(text, b.End) {
			// the other way: "dropped from 14 days to nine", "fell from roughly nine months
			// to about four" (9 day, about 4 month)
			b.Kind, b.Unit, b.Per = a.Kind, a.Unit, a.Per
			if a.SI != 0 && a.Value != 0 {
				b.SI, b.SIUnit = b.Value*a.SI/a.Value, a.SIUnit
			}
			continue
		}
		if a.Kind != Number || a.IsList || a.IsRange || b.Kind == Number && b.Per == "" || b.IsList || b.IsRange ||
			text[a.End:b.Start] != " to " || !changeFromTo(text, a.Start, a.End) {
			continue
		}
		a.Kind, a.Unit, a.Per = b.Kind, b.Unit, b.Per
		if m := multiplierOf(text, *b); m > 1 && a.Value*m <= b.Value*10 && a.Value*1000 < b.Value {
			a.Value *= m // "from 30 to 45 million dollars": the end's multiplier is the start's
		}
		if b.SI != 0 && b.Value != 0 {
			a.SI, a.SIUnit = a.Value*b.SI/b.Value, b.SIUnit
		}
	}
}

// shareElidedNoun gives a bare number the counted noun of the count before it in the same
// clause, joined by "and" or a dash, when a preposition or the clause's end follows the number,
// and in the same sentence when "more" follows it as a pronoun: the noun is left out, not
// missing ("About 2,500 U.S. troops remain in Iraq and some 900 in Syria", "12 strikes on Monday
// and 3 on Tuesday", "21 personnel were hurt — 20 at al-Tanf", "900 additional troops have
// deployed, and the Secretary placed 2,000 more on alert"; 900, 3, 20 and 2,000 count troops,
// strikes and personnel), and after a colon, an opening parenthesis or a comma as a breakdown
// ("struck seven facilities, three in Iraq and four in Syria"; commaBreakdown; "1,234 strikes
// (821 in Iraq and 413 in Syria)"), and the end of a change from
// a count ("from 13,000 troops to 8,600"; fromBefore).
func shareElidedNoun(text string, figs []Figure) {
	for k := 0; k+1 < len(figs); k++ {
		a, b := &figs[k], &figs[k+1]
		if a.Kind == Count && a.Per != "" && b.Kind == Number && b.Per != "" && !b.IsList && rateRestated(text[a.End:b.Start]) {
			// a rate restated over another time: "4,000 FPV drones a day, or well over
			// 100,000 a month"
			b.Kind, b.Unit = Count, a.Unit
			continue
		}
		if measureKind(a.Kind) && !a.IsRange && !a.IsList && b.Kind == Number && !b.IsList && b.Per == "" && b.Value >= 1 &&
			a.Value/b.Value < 100 && b.Value/a.Value < 100 {
			if h, ok := strings.CutSuffix(text[a.End:b.Start], " and "); ok && h != "" && h[0] == ' ' && oneSentence(h, 40) && elisionEnd(text, b.End) {
				// a measure's unit left out after "and": "42,000 gallons on Monday and 38,000 on
				// Tuesday"
				b.Kind, b.Unit, b.Per = a.Kind, a.Unit, a.Per
				if a.SI != 0 && a.Value != 0 {
					b.SI, b.SIUnit = b.Value*a.SI/a.Value, a.SIUnit
				}
				continue
			}
		}
		if g := text[a.End:b.Start]; a.Kind == Count && a.Per != "" && b.Kind == Number && !b.IsList && b.Per == a.Per && (g == " to " || timeBeforeTo(g)) && fromBefore(text, a.Start) {
			// a change from a rate to one of its own: "from about 72 transits a day to roughly
			// 25 a day"
			b.Kind, b.Unit = Count, a.Unit
			continue
		}
		if a.Kind != Count || b.Kind != Number || b.IsList || b.Per != "" || shareText(b.Text) {
			continue // (a share counts nothing: "16,000 families …, and 3 in 10 filed a complaint")
		}
		if a.Per != "" {
			if text[a.End:b.Start] == " to " && fromBefore(text, a.Start) {
				// a change from a rate: "from 14,000 rounds a month to 60,000"
				b.Kind, b.Unit, b.Per = Count, a.Unit, a.Per
			} else if partitiveOf(text, text[a.End:b.Start], a, b) {
				// a part of a rate: "600 aid trucks a day, with 50 of them carrying fuel"
				b.Kind, b.Unit, b.Per = Count, a.Unit, a.Per
			}
			continue
		}
		g := text[a.End:b.Start]
		if h, ok := strings.CutSuffix(g, "only "); ok {
			g = h // "and only two were rescued": "only" says nothing of the noun
		} else if h, ok := strings.CutSuffix(g, "just "); ok {
			g = h
		} else if h, ok := strings.CutSuffix(g, "all "); ok && !strings.HasSuffix(h, " of ") {
			g = h // "Six narco-terrorists were aboard and all six were killed"
		}
		if elidedGap(g) && (elisionEnd(text, b.End) || auxiliaryAhead(text, b.End) || outcomeAhead(text, b.End) || strings.HasSuffix(g, ", including ") && ingAhead(text, b.End) ||
			strings.HasSuffix(g, " and ") && pastVerbAhead(text, b.End) || nationAlone(text, a.End) && nationAlone(text, b.End)) ||
			nameGap(g) && (elisionEnd(text, b.End) || strings.HasPrefix(text[b.End:], " and ")) ||
			semicolonGap(g) && (auxiliaryAhead(text, b.End) || pastVerbAhead(text, b.End)) ||
			(g == " to " || timeBeforeTo(g)) && fromBefore(text, a.Start) || anotherGap(g) || changeLevelGap(text, g, a, b) || changedToGap(g) ||
			(g == ": " || g == " (" || colonBreakdown(g) || commaBreakdown(g) && b.Value >= 1 && b.Value == math.Trunc(b.Value)) && (elisionEnd(text, b.End) || auxiliaryAhead(text, b.End) || outcomeAhead(text, b.End) || nationAlone(text, b.End)) ||
			outcomeVerbGap(g) && elisionEnd(text, b.End) && !strings.HasSuffix(text[:a.Start], "including ") ||
			supplyVerbGap(g) && elisionEnd(text, b.End) ||
			moreAhead(text, b.End) && (oneSentence(g, 150) || nextSentence(g, 150)) && b.Value == math.Trunc(b.Value) ||
			partitiveOf(text, g, a, b) || runningTotal(g) && (elisionEnd(text, b.End) || totalEnd(text, b.End) || strings.HasPrefix(text[b.End:], " the number") || strings.HasPrefix(text[b.End:], " the total")) ||
			anotherSentence(g) && (elisionEnd(text, b.End) || auxiliaryAhead(text, b.End) || pastVerbAhead(text, b.End)) {
			b.Kind, b.Unit = Count, a.Unit
			if k >= 1 && strings.HasSuffix(g, ", including ") && b.Value > a.Value && figs[k-1].Kind == Count && figs[k-1].Per == "" &&
				figs[k-1].Value >= b.Value && oneSentence(text[figs[k-1].End:a.Start], 60) {
				// a part is no larger than its whole: "200,000 displaced people sheltered at
				// six sites, including about 120,000 in Bentiu" counts people
				b.Unit = figs[k-1].Unit
			} else if k >= 1 && comparisonGap(g) && prepositionBefore(text, a.Start) && figs[k-1].Kind == Count && figs[k-1].Per == "" &&
				oneSentence(text[figs[k-1].End:a.Start], 40) {
				// the count a preposition's count qualifies: "4,500 troops from 28 countries, up
				// from 3,800" compares troops
				b.Unit = figs[k-1].Unit
			} else if k >= 1 && b.Value > a.Value && preposedTheBefore(text, a.Start) && figs[k-1].Kind == Count && figs[k-1].Per == "" &&
				figs[k-1].Value >= b.Value && oneSentence(text[figs[k-1].End:a.Start], 40) {
				// ... and the count before a place's count, which the number exceeds: "49,000
				// evacuees at the eight sites had received it, and more than 30,000 had"
				b.Unit = figs[k-1].Unit
			}
		} else if k >= 1 && figs[k-1].Kind == Count && figs[k-1].Per == "" && prepositionBefore(text, a.Start) &&
			partitiveOf(text, text[figs[k-1].End:b.Start], &figs[k-1], b) {
			// the count before a count that a preposition governs: "killed 230,000 people in 14
			// countries, more than 160,000 of them in Aceh"
			b.Kind, b.Unit = Count, figs[k-1].Unit
		}
	}
}

// semicolonGap reports whether g ends the count's clause with a semicolon, the clause's rest
// short: "broke four Army vessels loose; two beached near Ashdod".
func semicolonGap(g string) bool {
	h, ok := strings.CutSuffix(g, "; ")
	return ok && oneSentence(h, 60)
}

// nameGap reports whether g is a comma or "and" and a name of one or two capitalised words:
// the next item of a list whose verb and noun were written once ("200 troops, Louisiana 135
// and Tennessee 160").
func nameGap(g string) bool {
	h, ok := strings.CutPrefix(g, ", ")
	if !ok {
		if h, ok = strings.CutPrefix(g, " and "); !ok {
			return false
		}
	}
	h, ok = strings.CutSuffix(h, " ")
	if !ok || h == "" {
		return false
	}
	words := strings.Fields(h)
	if len(words) >= 2 && words[0] == "the" {
		words = words[1:] // "France about 2,000 and the Netherlands about 1,000"
	}
	if len(words) > 2 {
		return false
	}
	for _, w := range words {
		if !isUpper(w[0]) || len(w) < 2 || !isLower(w[1]) {
			return false
		}
	}
	return true
}

// nationAlone reports whether a nation's adjective alone follows e, before punctuation or
// "and": a breakdown by nation, "14,000 troops: about 9,000 American, 5,000 Filipino and 250
// Australian".
func nationAlone(text string, e int) bool {
	w, ws, we := wordAt(text, e)
	if ws != e+1 || !nationAdjective(w) {
		return false
	}
	return we == len(text) || strings.IndexByte(",.;)", text[we]) >= 0 || strings.HasPrefix(text[we:], " and ")
}

// timeBeforeTo reports whether g is a short phrase of time and "to": " in the 1980s to ", " in
// 1985 to " (a change from a count at a time to a bare number: "shrunk from 17,000 companies in
// the 1980s to about 3,000 today").
func timeBeforeTo(g string) bool {
	h, ok := strings.CutSuffix(g, " to ")
	if !ok || len(h) > 25 || strings.ContainsAny(h, ",.;:()") {
		return false
	}
	return strings.HasPrefix(h, " in ") || strings.HasPrefix(h, " during ")
}

// shareText reports whether a figure's text is a share written with "in", "out of" or "of
// every": "3 in 10", "two out of three".
func shareText(t string) bool {
	return strings.Contains(t, " in ") || strings.Contains(t, " out of ") || strings.Contains(t, " of every ") || strings.Contains(t, "-in-")
}

// rateRestated reports whether the words between two rates join a restatement or an
// alternative: ", or ", " or ", ", about ", "; ", " and ", " (".
func rateRestated(g string) bool {
	switch g {
	case ", or ", " or ", ", and ", " and ", ", ", " (", " — ", " – ", "; ", ", with ", ", including ":
		return true
	}
	return false
}

// anotherSentence reports whether g ends one sentence and opens the next with "Another" or "An
// additional", the first sentence's rest short: "120 Soldiers returned Tuesday. Another 60".
func anotherSentence(g string) bool {
	for _, p := range [...]string{". Another ", ". An additional ", ". A further ", ". Only ", ". All ", "; another ", "; an additional ", "; a further "} {
		if h, ok := strings.CutSuffix(g, p); ok {
			return oneSentence(h, 100)
		}
	}
	return false
}

// changedToGap reports whether g, within a sentence, ends with a verb of change and "to": the
// count's new level, "which numbered about 7,000 men, were reduced to about 1,500", "the
// force ... was cut to 6,000".
func changedToGap(g string) bool {
	h, ok := strings.CutSuffix(g, " to ")
	if !ok || !oneSentence(h, 120) || strings.Contains(h, "number of ") {
		return false // "162 missiles, and the number of nations had grown to 13": its own noun
	}
	switch h[strings.LastIndexByte(h, ' ')+1:] {
	case "reduced", "cut", "shrank", "shrunk", "grew", "grown", "raised", "increased", "decreased", "trimmed", "swelled", "swollen", "expanded":
		return true
	}
	return false
}

// nextSentence reports whether g ends one sentence, no longer than n bytes, and the figure
// after it opens the next (after a full stop or a semicolon): "... 15,000 Americans by sea.
// Some 1,300 more were flown out" (not "... 8,600 medals to 7,000 soldiers. The Navy gave out
// about 700 more", where the next sentence's verb says what is meant).
func nextSentence(g string, n int) bool {
	for _, p := range [...]string{". ", "; "} {
		if h, ok := strings.CutSuffix(g, p); ok {
			return oneSentence(h, n)
		}
	}
	return false
}

// pastVerbAhead reports whether a space and a verb in the past tense follow e: "Another 60
// returned".
func pastVerbAhead(text string, e int) bool {
	w, k, _ := wordAt(text, e)
	return k == e+1 && w != "" && isLower(w[0]) && (pastVerb(w) || irregularPasts[w])
}

// ingAhead reports whether a space and a participle in -ing follow e: "including 20,000
// deploying from the United States".
func ingAhead(text string, e int) bool {
	w, k, _ := wordAt(text, e)
	return k == e+1 && len(w) > 4 && isLower(w[0]) && strings.HasSuffix(w, "ing")
}

// changeLevelGap reports whether b is the other end of a change whose first figure is the count
// a: the level after a change by a count ("shrink by 2,000 Marines to 172,300", the level at
// least five times the change), or the start after a level reached ("rises to 230 missiles
// from 110").
func changeLevelGap(text, g string, a, b *Figure) bool {
	before := strings.TrimRight(text[:a.Start], " ")
	switch g {
	case " to ":
		return strings.HasSuffix(before, " by") && b.Value >= 5*a.Value && changeVerbBefore(text, len(before)-len("by"), 1)
	case " from ":
		return strings.HasSuffix(before, " to") && changeVerbBefore(text, len(before)-len("to"), 1)
	}
	return false
}

// fromBefore reports whether "from" opens the change whose first figure starts at p, within
// a few words: "reduce its forces from 13,000 troops to 8,600", "fell from an estimated 3,000
// fighters to between 300 and 1,500".
func fromBefore(text string, p int) bool {
	head := text[max(0, p-20):p]
	k := strings.LastIndex(head, "from ")
	return k >= 0 && (k == 0 || head[k-1] == ' ') && oneSentence(head[k:], 20)
}

func commaBreakdown(g string) bool {
	w, ok := strings.CutSuffix(g, ", ")
	return ok && oneSentence(w, 60) && !clauseComma(w)
}

// clauseComma reports whether w holds a comma other than one of a date written "March 25,
// 2018" (so that "seven ballistic missiles on March 25, 2018, three at Riyadh" is still a
// breakdown).
func clauseComma(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] != ',' {
			continue
		}
		j := i
		for j > 0 && isDigit(w[j-1]) {
			j--
		}
		mw, _ := wordBefore(w, j, true)
		date := j < i && i-j <= 2 && months[strings.ToLower(strings.TrimSuffix(mw, "."))] && i+6 <= len(w) && w[i+1] == ' ' &&
			isDigit(w[i+2]) && isDigit(w[i+3]) && isDigit(w[i+4]) && isDigit(w[i+5])
		if !date {
			return true
		}
	}
	return false
}

// preposedTheBefore reports whether a preposition of place or extent and "the" come right
// before p: "at the eight sites".
func preposedTheBefore(text string, p int) bool {
	h, ok := strings.CutSuffix(text[:p], "the ")
	return ok && prepositionBefore(text, len(h)) || prepositionBefore(text, p)
}

// prepositionBefore reports whether a preposition of place or extent comes right before p:
// "in 14 countries", "across 30 nations".
func prepositionBefore(text string, p int) bool {
	for _, w := range [...]string{"in ", "across ", "from ", "over ", "at "} {
		if strings.HasSuffix(text[:p], " "+w) {
			return true
		}
	}
	return false
}

// partitiveOf reports whether b, a whole number no greater than the count a before it, counts a
// part of a's things through a pronoun: "22,014 strikes, about 13,800 of them in Iraq", "300
// fighters, 40 of whom surrendered", "4.7 million Americans served, and some 116,500 of them
// died" (after a comma or "and", within one sentence); through a pronoun before it: "10,602
// casualties, of whom 3,598 were killed"; or after "Of the" and a's noun: "Of the 1,959 people
// aboard, 1,198 died". Not a fraction ("a fifth of them"), nor a number larger than the whole.
func partitiveOf(text, g string, a, b *Figure) bool {
	if b.Value < 1 || b.Value != math.Trunc(b.Value) || b.Value > a.Value {
		return false
	}
	lg := strings.ToLower(g)
	for _, p := range [...]string{", of whom ", ", of them ", ", of which ", ", of those "} {
		if w, ok := strings.CutSuffix(lg, p); ok && oneSentence(w, 60) {
			return true
		}
	}
	if w, ok := strings.CutSuffix(strings.TrimSuffix(g, "only "), ", "); ok && oneSentence(w, 60) && (a.Start >= 7 && strings.EqualFold(text[a.Start-7:a.Start], "of the ") &&
		(a.Start == 7 || !isLetter(text[a.Start-8])) || sentenceOf(text, a.Start)) {
		return true // "Of the 1,959 people aboard, 1,198 died", "Of 1,195 men aboard, only 316 survived"
	}
	head, joined := "", false
	for _, join := range [...]string{", and ", ", with ", ", ", " and "} {
		if w, ok := strings.CutSuffix(g, join); ok {
			head, joined = w, true
			break
		}
	}
	if !joined {
		// the object of a verb after "and": "fired 40 missiles and intercepted 30 of them"
		if h, ok := strings.CutSuffix(g, " "); ok {
			if k := strings.LastIndexByte(h, ' '); k >= 0 && pastVerb(h[k+1:]) {
				if w, ok := strings.CutSuffix(h[:k+1], " and "); ok {
					head, joined = w, true
				}
			}
		}
	}
	if !joined || head == "" && g == " and " || !oneSentence(head, 60) {
		return false // ("found 30 Marines, and 12 of them were identified" joins with ", and ")
	}
	rest := strings.ToLower(text[b.End:])
	for _, p := range [...]string{" of them", " of those", " of whom", " of which"} {
		if r, ok := strings.CutPrefix(rest, p); ok && (r == "" || !isLetter(r[0])) {
			return true
		}
	}
	return false
}

// runningTotal reports whether g, the text between a count and a bare number in one sentence,
// ends by naming the running total the number gives: "added 20 more interceptors, bringing the
// total to 64", "repatriated 88 Cubans, bringing the total for fiscal year 2023 to more than
// 6,100", "for a total of 40" (at most 40 bytes of words, no "of" with a noun of its own, between
// "total" and the final "to"; not "the total of attacks to 64").
func runningTotal(g string) bool {
	if !oneSentence(g, 150) {
		return false
	}
	lg := strings.ToLower(g)
	if strings.HasSuffix(lg, " a total of ") || strings.HasSuffix(lg, " the total of ") {
		return true
	}
	if strings.HasSuffix(lg, " bringing to ") || strings.HasSuffix(lg, " raising to ") || strings.HasSuffix(lg, " pushing to ") {
		return true // the level before its object: "bringing to nearly 4,000 the number who have escaped"
	}
	head, ok := strings.CutSuffix(lg, " to ")
	if !ok {
		return false
	}
	t := strings.LastIndex(head, " total")
	if t < 0 {
		// a verb of raising and the force or the number raised: "raising the force in the
		// District to roughly 2,500", "bringing the number to"
		for _, v := range [...]string{"raising the ", "bringing the ", "increasing the ", "boosting the ", "bringing its ", "raising its ", "bringing their "} {
			if k := strings.LastIndex(head, v); k >= 0 && len(head)-k <= 60 {
				n, _, _ := strings.Cut(head[k+len(v):], " ")
				switch n {
				case "force", "forces", "number", "count", "contingent", "deployment", "presence", "fleet", "inventory":
					return true
				}
			}
		}
		return false
	}
	if len(head)-t > 40 {
		return false
	}
	rest := head[t+len(" total"):]
	return rest == "" || strings.HasPrefix(rest, " for ") && !strings.Contains(rest, " of ") && !strings.Contains(rest, ",")
}

// totalEnd reports whether a word that dates or qualifies a running total follows e: "bringing
// its total to 620 since February", "to 64 so far".
func totalEnd(text string, e int) bool {
	w, k, _ := wordAt(text, e)
	return k == e+1 && totalEndWords[w]
}

// totalEndWords: see totalEnd.
var totalEndWords = fieldSet(`since so as after by for this last`)

// sentenceOf reports whether "Of" opens the sentence just before p: "Of 1,195 men aboard".
func sentenceOf(text string, p int) bool {
	if p < 3 || text[p-3:p] != "Of " {
		return false
	}
	before := strings.TrimRight(text[:p-3], " ")
	return before == "" || strings.ContainsRune(".!?\n", rune(before[len(before)-1]))
}

// elidedGap reports whether g, the text between a count and a bare number, joins them within
// one clause: at most 60 bytes of words (not a list of figures, "8.2k troops and 4.3bn") and
// then " and " or a dash (a breakdown: "21 personnel sustained minor injuries — 20 at al-Tanf"),
// with no sentence's or clause's end before.
func elidedGap(g string) bool {
	for _, more := range elisionMore {
		if h, ok := strings.CutSuffix(g, more); ok {
			g = h + " " // "and a further 3,000", "and another 3,000"
			break
		}
	}
	for _, join := range elisionJoins {
		if w, ok := strings.CutSuffix(g, join); ok {
			// a comparison reaches further: "2.1 million beneficiaries used military treatment
			// facilities in fiscal 2022, down from 2.4 million"
			max := 60
			if join[0] == ',' && slices.Contains(comparisonJoins, join) {
				max = 90
			}
			return (len(w) > 0 || join[0] == ',') && len(g) <= max && oneSentence(w, max) // (", including 200", ", down from 47")
		}
	}
	return false
}

// elisionJoins: see elidedGap; a comparison joins so too ("63 airstrikes in Somalia, up from
// 47 in 2018", "120 strikes ... compared with about 30 in 2016").
var elisionJoins = append([]string{" and ", " — ", " – ", " -- ", ", including ", ", among them ", ", but ", " but ", ", while ", " while ", ", whereas ", ", leaving ", ", leaving some "}, comparisonJoins...)

// comparisonJoins join a count and a bare number it is compared with (elisionJoins).
var comparisonJoins = []string{", up from ", " up from ", ", down from ", " down from ", ", down ", ", up ",
	" compared with ", ", compared with ", " compared to ", ", compared to ", " versus ",
	", down from a peak of ", ", up from a low of ", " from a peak of ", " from a high of ", " from a low of ",
	", following "}

// anotherGap reports whether g, the text between a count and a bare number, ends in "and" and
// a word that adds to the count, within one sentence of 150 bytes: the number counts the same
// things, whatever follows it ("trained 2,600 Ukrainian soldiers at Grafenwöhr on Bradley
// fighting vehicles, and another 1,500 will arrive").
func anotherGap(g string) bool {
	for _, more := range elisionMore {
		if h, ok := strings.CutSuffix(g, more); ok {
			h = strings.TrimSuffix(h, ",")
			return (strings.HasSuffix(h, " and") || strings.HasSuffix(h, " plus") || strings.HasSuffix(h, " with") || andVerbEnd(h)) && oneSentence(h, 150)
		}
	}
	return false
}

// andVerbEnd reports whether h ends in "and" and a verb in the past tense, an adverb perhaps
// between: "killed 28 soldiers and wounded another 99", "and later treated another 3,000".
func andVerbEnd(h string) bool {
	k := strings.LastIndexByte(h, ' ')
	if k < 0 || !pastVerb(h[k+1:]) {
		return false
	}
	h = h[:k]
	if strings.HasSuffix(h, " and") {
		return true
	}
	k = strings.LastIndexByte(h, ' ')
	if k < 0 {
		return false
	}
	adv := h[k+1:]
	return (strings.HasSuffix(adv, "ly") || adv == "later" || adv == "then" || adv == "also") && strings.HasSuffix(h[:k], " and")
}

// comparisonGap reports whether g ends in one of comparisonJoins.
func comparisonGap(g string) bool {
	for _, join := range comparisonJoins {
		if strings.HasSuffix(g, join) {
			return true
		}
	}
	return false
}

// elisionMore are the words between "and" and a number that add to a count: see elidedGap.
var elisionMore = []string{" a further ", " another ", " an additional ", " an extra "}

// oneSentence reports whether g, at most max bytes, holds no sentence's or clause's end (the
// dots of an initialism, "U.S.", are none).
func oneSentence(g string, max int) bool {
	if len(g) > max || strings.ContainsAny(g, ";:!?()[]\n") {
		return false
	}
	for k := 0; k < len(g); k++ {
		if sentenceDot(g, k) {
			return false
		}
	}
	return true
}

// sentenceDot reports whether g[k] is a full stop that ends a sentence: not the dot of an
// initialism ("on U.S. forces in Iraq") nor of an abbreviation a sentence goes on after.
func sentenceDot(g string, k int) bool {
	return g[k] == '.' && !(k >= 1 && isUpper(g[k-1]) && (k == 1 || !isLetter(g[k-2]))) && !abbreviationEnd(g, k)
}

// sentenceEnds counts the full stops before a space in g that end a sentence: not the dots
// of an initialism or an abbreviation ("on Oct. 31. About 80" holds one).
func sentenceEnds(g string) int {
	n := 0
	for k := 0; k+1 < len(g); k++ {
		if g[k+1] == ' ' && sentenceDot(g, k) {
			n++
		}
	}
	return n
}

// abbreviationEnd reports whether the dot at k ends an abbreviation a sentence goes on after:
// a month's or a rank's ("on Feb. 25", "Sgt. Lee"), with a word after it.
func abbreviationEnd(g string, k int) bool {
	b := k
	for b > 0 && isLetter(g[b-1]) {
		b--
	}
	if k+1 < len(g) && g[k+1] != ' ' || k+2 >= len(g) {
		return false
	}
	return sentenceGoesOnAfter[strings.ToLower(g[b:k])]
}

// sentenceGoesOnAfter: see abbreviationEnd.
var sentenceGoesOnAfter = fieldSet(`jan feb mar apr aug sep sept oct nov dec gen lt col maj capt sgt cpl pvt pfc spc adm cmdr
cdr brig mr mrs ms dr st mt ft no nos vs`)

// moreAhead reports whether " more" or " fewer" follows e as a pronoun, not before a noun
// ("2,000 more on a heightened state", "2,000 more.", "two fewer than last year"; not "2,000
// more troops", a count of its own). A fraction so placed is a share of a change, no count:
// "114 cases, about one-third fewer than in 2018".
func moreAhead(text string, e int) bool {
	w, k, we := wordAt(text, e)
	if k == e || w != "more" && w != "fewer" {
		return false
	}
	if t, tk, _ := wordAt(text, we); tk == we+1 && t == "than" {
		return true // "six ships, two fewer than last year"
	}
	return elisionEnd(text, we) || pastVerbAhead(text, we) || auxiliaryAhead(text, we) // "and 155 more died"
}

// elisionEnd reports whether what follows a bare number at e shows its noun left out: a
// preposition of place or time, or the end of a clause.
func elisionEnd(text string, e int) bool {
	if e == len(text) {
		return true
	}
	switch text[e] {
	case '.', ',', ';':
		return true
	case ' ':
		w, k, we := wordAt(text, e)
		if w == "each" && k == e+1 {
			// "three each from American Airlines": each of several, then where from
			w2, k2, _ := wordAt(text, we)
			return k2 == we+1 && elisionPreps[w2]
		}
		return k > e && elisionPreps[w] || timeAgoAt(text, e)
	}
	return false
}

// auxiliaryAhead reports whether an auxiliary verb follows a bare number at e, the number being
// the subject of its clause with its noun left out: "19 people were injured and 4 were killed".
func auxiliaryAhead(text string, e int) bool {
	w, k, _ := wordAt(text, e)
	return k == e+1 && auxiliaries[w]
}

// outcomeAhead reports whether a verb of what befell them follows a bare number at e, the
// number being its clause's subject, its noun left out: "seized 276 students, and 57
// escaped", "36 ships were sunk and 368 damaged".
func outcomeAhead(text string, e int) bool {
	w, k, _ := wordAt(text, e)
	return k == e+1 && outcomeVerbs[w]
}

// outcomeVerbGap reports whether g, between a count and a bare number, ends in "and" and a verb
// of what befell them, whose object the number is, its noun left out: "killed 2,403 Americans
// and wounded 1,178" (not after a count that "including" opens, which is a part: "2,403
// Americans, including 68 civilians, and wounded 1,178" counts no civilians).
func outcomeVerbGap(g string) bool {
	h, ok := strings.CutSuffix(g, " ")
	if !ok {
		return false
	}
	k := strings.LastIndexByte(h, ' ')
	if k < 0 || !outcomeVerbs[h[k+1:]] {
		return false
	}
	w, ok := strings.CutSuffix(h[:k+1], " and ")
	return ok && oneSentence(w, 60)
}

// supplyVerbGap reports whether g, between a count and a bare number that ends its clause,
// opens another clause with "and" whose verb of sending or adding takes the number, its noun
// left out: "sent a contingent of 15 soldiers, and the Jamaica Defence Force sent 40", "deployed
// 300 troops and Poland deployed 200".
func supplyVerbGap(g string) bool {
	h, ok := strings.CutSuffix(g, " ")
	if !ok || !oneSentence(g, 80) || !strings.Contains(g, " and ") {
		return false
	}
	k := strings.LastIndexByte(h, ' ')
	if k < 0 || !supplyVerbs[h[k+1:]] {
		return false
	}
	return strings.LastIndex(h, " and ") < k // the verb is in the clause "and" opens
}

// supplyVerbs: see supplyVerbGap.
var supplyVerbs = fieldSet(`sent deployed pledged contributed provided committed added sends deploys pledges
contributes provides commits adds donated donates delivered delivers fielded fields launched launches recovered
recovers received receives bought buys procured procures ordered orders built builds fired fires intercepted
intercepts shot lost loses returned returns repaired repairs upgraded upgrades retired retires have has reach reaches
field deploy build buy send add drafted inducted enlisted recruited trained graduated evacuated`)

// outcomeVerbs: see outcomeAhead and outcomeVerbGap.
var outcomeVerbs = fieldSet(`killed wounded injured captured damaged destroyed escaped survived died drowned fled
surrendered detained arrested rescued evacuated released killing wounding injuring capturing damaging destroying`)

// auxiliaries: see auxiliaryAhead.
var auxiliaries = fieldSet(`were was are is have has had remain remained`)

// elisionPreps: see elisionEnd; with the words that open a time without a preposition
// ("60 attacks last week and 12 this week").
var elisionPreps = fieldSet(`in at on near from inside outside aboard among across by during since over through before after until
to into this last next`)

// correctionGap reports whether g, the text between two figures, corrects the first: " --
// sorry, ", " — I mean, ", ", correction, ".
func correctionGap(g string) bool {
	g = strings.TrimLeft(g, " ")
	switch {
	case strings.HasPrefix(g, "--"):
		g = g[2:]
	case strings.HasPrefix(g, "—"), strings.HasPrefix(g, "–"):
		g = g[len("—"):]
	case strings.HasPrefix(g, "-"), strings.HasPrefix(g, ","):
		g = g[1:]
	default:
		return false
	}
	g = strings.TrimSpace(strings.ToLower(g))
	for _, w := range [...]string{"no,", "uh,", "um,"} {
		if r, ok := strings.CutPrefix(g, w); ok {
			g = strings.TrimSpace(r) // "-- no, excuse me, 3,000", "— uh, make that 2,600"
			if g == "" {
				return true // "19, no, 20 ships", "two, uh, three Bradleys"
			}
			break
		}
	}
	for _, w := range [...]string{"sorry", "i'm sorry", "i’m sorry", "i mean", "correction", "rather", "make that", "excuse me", "pardon me", "maybe", "perhaps", "possibly"} {
		if r, ok := strings.CutPrefix(g, w); ok {
			r = strings.TrimSpace(strings.TrimPrefix(r, ","))
			return r == "" || r == "it's" || r == "it’s" || r == "it was" || r == "that's" || r == "that’s"
		}
	}
	return false
}

// sharedModifiers reads the text between a bare number and a count joined to it, " Australian
// and ": one capitalised word (a dotted acronym too: "U.S."; a model with a hyphen: "F-15EX")
// and "and" or "or". It returns the word.
func sharedModifiers(g string) (string, bool) {
	if len(g) < 7 || g[0] != ' ' {
		return "", false
	}
	if isLower(g[1]) {
		return lowerModifier(g)
	}
	if !isUpper(g[1]) {
		return "", false
	}
	var mods string
	switch {
	case strings.HasSuffix(g, " and "):
		mods = g[1 : len(g)-5]
	case strings.HasSuffix(g, " or "):
		mods = g[1 : len(g)-4]
	default:
		return "", false
	}
	model := strings.IndexByte(mods, '-') > 0 // a model: "24 F-15EX and 68 F-35 aircraft"
	spaces := 0
	for i := 0; i < len(mods); i++ {
		if mods[i] == ' ' && i+1 < len(mods) && isUpper(mods[i+1]) && spaces == 0 {
			spaces++ // two capitalised words: "50,000 South Korean and 30,000 U.S. troops"
			continue
		}
		if !isLetter(mods[i]) && mods[i] != '.' && !(model && (isDigit(mods[i]) || mods[i] == '-')) {
			return "", false
		}
	}
	return mods, true
}

// lowerModifier reads " heavy and " between a bare number and a count: one lower-case word
// that may modify a noun ("14 heavy and 6 light tanks", "two medical and three engineering
// teams"), not a participle, a determiner or a word of quantity ("14 killed and 6 wounded
// soldiers", "3 more and 5 other ships").
func lowerModifier(g string) (string, bool) {
	mod, ok := strings.CutSuffix(g[1:], " and ")
	if !ok || len(mod) < 3 || strings.HasSuffix(mod, "ed") || strings.HasSuffix(mod, "ing") || strings.HasSuffix(mod, "ly") ||
		stopWords[mod] || notModifiers[mod] || isNumberWord(mod) {
		return "", false
	}
	for i := 0; i < len(mod); i++ {
		if !isLower(mod[i]) && mod[i] != '-' {
			return "", false
		}
	}
	return mod, true
}

var notModifiers = fieldSet(`more other others additional each apiece total in all dead hurt missing times percent`)

// compoundPair reports whether two neighbours could start a compound: both compoundable, with
// " " or " and " between them. mergeCompounds joins nothing without one.
func compoundPair(text string, figs []Figure) bool {
	for k := 0; k+1 < len(figs); k++ {
		if g := text[figs[k].End:figs[k+1].Start]; (g == " " || g == " and ") && compoundable(figs[k]) && compoundable(figs[k+1]) {
			return true
		}
	}
	return false
}

func compoundable(f Figure) bool {
	return !f.IsRange && !f.IsList && f.Kind != Number && f.Kind != Count && f.Kind != OperationDay && f.Unit != "" && f.Per == ""
}

// subUnit is the hundredth of a currency written as a word: cents of dollars, pence of pounds.
func subUnit(u string) string {
	switch u {
	case "USD", "EUR":
		return u + "-cent"
	case "GBP":
		return "GBP-pence"
	}
	return ""
}

// mergeLists joins bare numbers followed by a figure with a unit or counted noun, separated only
// by commas and "and"/"or", into one list figure: "12, 25, 140 and 240 µm", "2 and 6cm".
func mergeLists(text string, figs []Figure) []Figure {
	if !listPair(text, figs) {
		return figs // no list (the common case): no figure is copied
	}
	out := figs[:0]
	for i := 0; i < len(figs); {
		j := i
		for j+1 < len(figs) && figs[j].Kind == Number && !figs[j].IsRange && (j == i || figs[j].Qualifier == "") &&
			listGap(text[figs[j].End:figs[j+1].Start]) && figs[j+1].Qualifier == "" &&
			(j > i || !serialGap(text[figs[j].End:figs[j+1].Start])) {
			j++
		}
		if j == i || figs[j].Kind == Number || figs[j].IsRange || figs[j].Kind == OperationDay {
			out = append(out, figs[i])
			i++
			continue
		}
		l := figs[j]
		first := figs[i]
		parts := make([]Part, 0, j-i+1)
		for k := i; k < j; k++ {
			parts = append(parts, Part{Start: figs[k].NumStart, End: figs[k].NumEnd, Value: figs[k].Value})
		}
		parts = append(parts, Part{Start: l.CoreStart, End: l.CoreEnd, Value: l.Value})
		l.IsList, l.Parts = true, parts
		l.Value, l.Qualifier = first.Value, first.Qualifier
		l.Start, l.CoreStart, l.NumStart = first.Start, first.CoreStart, first.NumStart
		if u := lookupUnit(l.Unit); u.si != 0 && (l.Per == "" || l.SIUnit != "") {
			l.SI = l.Value*u.si + u.offset
			if l.Per != "" {
				l.SI /= canon[l.Per].si // "2 and 6 liters per day"
			}
		}
		if j == i+1 && estimatePair(text[first.End:figs[j].Start], first.Value, figs[j].Value) {
			// "nine or 10 provincial capitals", "12, 13 years old": an estimate between two
			// numbers, a range
			l.IsList, l.Parts = false, nil
			l.IsRange, l.Min, l.Max = true, first.Value, figs[j].Value
		}
		l.Text = text[l.Start:l.End]
		out = append(out, l)
		i = j + 1
	}
	return out
}

// estimatePair reports whether two numbers a list joins by gap are a speaker's estimate of one
// amount: "or" or a comma between whole numbers, the second above the first and at most twice
// it ("two or three drones", "15, 20 drones", "seven, eight months"; not "2 or 6 cm").
func estimatePair(gap string, a, b float64) bool {
	if gap != " or " && gap != ", " {
		return false
	}
	return a >= 1 && a == math.Trunc(a) && b == math.Trunc(b) && b > a && b <= 2*a
}

// listPair reports whether a bare number is followed by a list separator and another figure;
// mergeLists joins nothing without one.
func listPair(text string, figs []Figure) bool {
	for k := 0; k+1 < len(figs); k++ {
		if figs[k].Kind == Number && listGap(text[figs[k].End:figs[k+1].Start]) {
			return true
		}
	}
	return false
}

// listGap reports whether the text between two items of a list is a list separator.
func listGap(g string) bool {
	switch g {
	case ", ", " and ", ", and ", " or ", ", or ", " & ":
		return true
	}
	return false
}

// serialGap reports whether g is a list's last separator with a comma before "and" or "or",
// which English writes only after two items or more: "12, 25, and 40 days" is a list, while
// in "down from 48, and 18 fighters" the comma ends a clause.
func serialGap(g string) bool { return g == ", and " || g == ", or " }

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isUpper(c byte) bool  { return c >= 'A' && c <= 'Z' }

// wordEnd returns the end of the run of letters starting at i (Unicode letters included).
func wordEnd(text string, i int) int {
	for i < len(text) && isLetter(text[i]) {
		i++ // the ASCII letters, most words whole
	}
	if i == len(text) || text[i] < utf8.RuneSelf {
		return i
	}
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if !isLetter(c) {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			return i
		}
		i += n
	}
	return i
}

// skipAlnum skips a run of letters, digits and the joiners . , inside it.
func skipAlnum(text string, i int) int {
	for i < len(text) {
		c := text[i]
		if isDigit(c) || isLetter(c) || c == '_' {
			i++
			continue
		}
		if (c == '.' || c == ',' || c == ':' || c == '/') && i+1 < len(text) && isDigit(text[i+1]) {
			i++
			continue
		}
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(text[i:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				i += n
				continue
			}
		}
		break
	}
	if i == 0 || i < len(text) && text[i] == 0 {
		i++
	}
	return i
}

// letterBefore reports whether the rune before i is a letter, digit or underscore.
func letterBefore(text string, i int) bool {
	if i == 0 {
		return false
	}
	c := text[i-1]
	if c < utf8.RuneSelf {
		return isLetter(c) || isDigit(c) || c == '_'
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// numberBoundaryBefore reports whether a number may start at i: not inside a word or identifier
// ("F16", "MQ-9", "v2").
func numberBoundaryBefore(text string, i int) bool {
	if letterBefore(text, i) {
		return currencyCodeBefore(text, i) // "USD115"
	}
	if i >= 2 && (text[i-1] == '.' || text[i-1] == ',') && isDigit(text[i-2]) {
		return false
	}
	if i >= 2 && (text[i-1] == '-' || text[i-1] == '/') && (isLetter(text[i-2]) || isDigit(text[i-2])) {
		return false // MQ-9, AH-64, F-16, 24/7
	}
	return true
}

// currencyCodeBefore reports whether an ISO currency code, as a word of its own, touches the
// number at i: "USD115".
func currencyCodeBefore(text string, i int) bool {
	if i < 3 || i > 3 && letterBefore(text, i-3) || i+1 >= len(text) || !isDigit(text[i+1]) {
		return false
	}
	switch text[i-3 : i] {
	case "USD", "EUR", "GBP", "CHF", "JPY", "CNY", "RMB", "INR", "CAD", "AUD":
		return true
	}
	return false
}

// appendLower appends s lower-cased to dst, exactly as strings.ToLower gives it. An ASCII s is
// lower-cased byte by byte as it is copied, so a caller with a buffer on the stack allocates
// nothing; other strings go through strings.ToLower.
func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return append(dst, strings.ToLower(s)...)
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isUpper(c) {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

func lowerASCII(buf []byte, s string) []byte {
	buf = buf[:0]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// halfNames are the words before "half" that name one of two halves rather than a share ("the
// first half of the year", "the other half", "the back half"), a compass or vertical side among
// them ("the eastern half of the city", "the lower half of the valley").
var halfNames = map[string]bool{"first": true, "second": true, "last": true, "latter": true, "former": true,
	"other": true, "back": true, "front": true, "top": true, "bottom": true,
	"eastern": true, "western": true, "northern": true, "southern": true, "northeastern": true,
	"northwestern": true, "southeastern": true, "southwestern": true, "upper": true, "lower": true}

// isNumberWordStart reports whether the word text[i:j] can start a number in words.
func isNumberWordStart(text string, i, j int) bool {
	var b [16]byte
	w := lowerASCII(b[:0], text[i:j])
	if nw, ok := lookupNumberWord(w); ok {
		return nw.kind == 'u' || nw.kind == 't' || nw.kind == 'd' || nw.kind == 'h' && string(w) == "hundred"
	}
	if string(w) == "half" && (halfNames[wordBeforeLower(text, i)] || strings.HasPrefix(text[j:], "-track")) {
		return false // "the first half of the year": a part named, not a share; "a half-track", a vehicle
	}
	if string(w) == "half" && byBefore(text, i) && halfByAhead(text, j) {
		return true // a share ending a clause: "down by half.", "by roughly half in 2024", as "cut by a fifth."
	}
	if string(w) == "half" && shareQualifierBefore(text, i) && halfShareAhead(text, j) {
		return true // half of what the clause counts: "about half from influenza", "nearly half were wounded"
	}
	if string(w) == "a" || string(w) == "an" || string(w) == "half" || string(w) == "quarter" {
		k := skipSpace1(text, j)
		if k == j || strings.HasPrefix(text[k:], "half-track") {
			return false // ("a half-track": a vehicle)
		}
		e := wordEnd(text, k)
		var b2 [16]byte
		if e-k > 12 {
			return false
		}
		n := lowerASCII(b2[:0], text[k:e])
		if string(w) == "half" || string(w) == "quarter" {
			nw, ok := lookupNumberWord(n)
			return string(w) == "half" && (string(n) == "a" || string(n) == "an" || string(n) == "of" && shareFollows(text, k) || k == j+1 && halfDeterminerShare(text, k, e)) ||
				ok && (nw.kind == 'm' || nw.kind == 'h' || nw.kind == 'd') && n[len(n)-1] != 's'
		}
		nw, ok := lookupNumberWord(n)
		if ok && (nw.kind == 'h' || nw.kind == 'm' || nw.kind == 'd') && n[len(n)-1] != 's' || string(n) == "half" {
			return true
		}
		if string(n) == "quarter" && e+1 < len(text) && (text[e] == ' ' || text[e] == '-') {
			if u, ok := matchWordUnit(text, e+1); ok && (u.info.kind == Length || u.info.kind == Area) {
				return true // "a quarter mile", "a quarter-mile": as "a half mile"
			}
		}
		// a share, "a third of the city", "a fifth of them", or a fraction ending a clause: "cut
		// by a fifth."
		_, frac := fractionWords[string(n)]
		return frac && n[len(n)-1] != 's' && (shareFollows(text, wordSep(text, e)) || fractionEndsClause(text, i, e))
	}
	return false
}

// lookupNumberWord looks a word lower-cased into a buffer up in numberWords.
func lookupNumberWord(w []byte) (numWord, bool) {
	if !numberFilter.mayHaveBytes(w) {
		return numWord{}, false
	}
	nw, ok := numberWords[string(w)]
	return nw, ok
}

// skipSpace1 skips one run of horizontal whitespace (at most 3 bytes of spaces, or one NBSP / thin space).
func skipSpace1(text string, i int) int {
	j := i
	for j < len(text) && j-i < 3 {
		switch {
		case text[j] == ' ' || text[j] == '\t':
			j++
		case text[j] < utf8.RuneSelf:
			return j // no other space is ASCII
		case strings.HasPrefix(text[j:], "\u00a0"):
			j += 2
		case strings.HasPrefix(text[j:], "\u202f") || strings.HasPrefix(text[j:], "\u2009"):
			j += 3
		default:
			return j
		}
	}
	return j
}

// wordAt returns the word starting at i (after one optional space) and its end, or "".
func wordAt(text string, i int) (string, int, int) {
	k := skipSpace1(text, i)
	e := wordEnd(text, k)
	return text[k:e], k, e
}

// wordBefore returns the word ending at i (before optional spaces), with a trailing '.' allowed
// when dot is set, and its start.
func wordBefore(text string, i int, dot bool) (string, int) {
	j := i
	for j > 0 && (text[j-1] == ' ' || text[j-1] == '\t') && i-j < 3 {
		j--
	}
	if j >= 2 && text[j-2:j] == "\u00a0"[:2] {
		j -= 2
	}
	end := j
	if dot && j > 0 && text[j-1] == '.' {
		j--
	}
	k := j
	for k > 0 {
		c := text[k-1]
		if c < utf8.RuneSelf {
			if !isLetter(c) {
				break
			}
			k--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(text[:k])
		if !unicode.IsLetter(r) {
			break
		}
		k -= n
	}
	if k == j {
		return "", i
	}
	return text[k:end], k
}

// wordWithoutStop returns what wordBefore(text, i, false) gives from what wordBefore(text, i,
// true) gave, w and its start ws: a word that ends in a full stop is none without it.
func wordWithoutStop(w string, ws, i int) (string, int) {
	if strings.HasSuffix(w, ".") {
		return "", i
	}
	return w, ws
}

func eqFold(a, b string) bool { return strings.EqualFold(a, b) }

// rateBefore gives a figure the rate an adjective of time says before what it measures: "a
// monthly cost of €9 million" (EUR/month), "an annual budget of $4.4 million", "the daily
// average was 40 tonnes".
func rateBefore(text string, figs []Figure) {
	for k := range figs {
		f := &figs[k]
		if f.Per != "" || f.IsList || f.IsRange {
			continue
		}
		switch f.Kind {
		case Money, Count, Mass, Volume:
		default:
			continue
		}
		if per := rateAdjectiveBefore(text[max(0, f.Start-48):f.Start]); per != "" {
			setRate(f, per)
		}
	}
}

// rateAdjectiveBefore reads the end of head, the text before a figure: an adjective of time,
// a noun of cost or amount (perhaps after "running" or "operating", perhaps with "of" and a
// noun after it), and "of" or a verb of being or reaching ("monthly cost of", "daily running
// cost was", "daily cost of operations was"). It returns the unit of time, or "".
func rateAdjectiveBefore(head string) string {
	words := strings.Fields(head)
	if len(words) < 3 {
		return ""
	}
	switch words[len(words)-1] {
	case "of", "was", "is", "were", "are", "at", "reached", "averaged", "totaled", "totalled":
	default:
		return ""
	}
	for n := 2; n <= 5 && n < len(words); n++ {
		adj := strings.ToLower(words[len(words)-1-n])
		per, ok := rateAdverbs[adj]
		if adj == "annual" {
			per, ok = "year", true
		}
		if !ok {
			continue
		}
		between := words[len(words)-n : len(words)-1]
		for _, w := range between {
			if w == "" || !isLower(w[0]) || strings.ContainsAny(w, ",.;:") {
				return ""
			}
		}
		if len(between) > 1 && (between[0] == "running" || between[0] == "operating") {
			between = between[1:]
		}
		if rateNouns[between[0]] && (len(between) == 1 || between[1] == "of" && len(between) <= 3) {
			return per
		}
		return ""
	}
	return ""
}

// rateNouns are what an adjective of time makes a rate of: "a monthly cost of €9 million".
var rateNouns = fieldSet(`cost costs budget bill fee fees spending expenditure outlay average total output production
consumption pay salary rent income revenue revenues toll intake throughput deliveries`)
