package figure

import (
	"strings"
	"unicode"
)

// countUnit returns b, a count's unit ("count:strike"), as a string.
func countUnit(b []byte) string { return string(b) }

// nounPhrase is a counted noun found by countNoun: the spans of its words in text.
type nounPhrase struct {
	text    string
	words   [6][2]int // start and end of each word
	n       int       // number of words
	one     bool      // after "one": the last word is singular and kept as it is
	model   bool      // the last word is a model's designation in the plural ("F-16s")
	acronym bool      // the only word is an acronym, kept as written ("NASAMS"; "IEDs" → "IED")
	proper  bool      // the last word is a capitalised plural of people ("Marines" → "Marine")
	// asWritten: the only word is kept as written, in lower case ("killed", "wounded")
	asWritten bool
	// named: the last word, after "one" and a model, is its name and kept as written
	named bool
	// title: the phrase is in a headline in title case, whose capitalised words are
	// lower-cased ("Two Virginia-Class Submarines" → "virginia-class submarine")
	title bool
}

// end returns the end of the phrase in text.
func (np *nounPhrase) end() int { return np.words[np.n-1][1] }

// appendName appends the phrase as it names the unit of a count: the words before the last
// lower-cased unless they hold a capital (acronyms and proper adjectives are kept: "ISIS",
// "Iraqi", "al-Shabaab"), then the last lower-cased and lemmatised ("city blocks" → "city
// block", "IED attacks" → "IED attack").
func (np *nounPhrase) appendName(dst []byte) []byte {
	for k := 0; k < np.n-1; k++ {
		w := np.text[np.words[k][0]:np.words[k][1]]
		if strings.IndexFunc(w, unicode.IsUpper) >= 0 && !(np.title && capitalisedWord(w)) {
			dst = append(dst, w...)
		} else {
			dst = appendLower(dst, w)
		}
		dst = append(dst, ' ')
	}
	if np.model { // "F-16s" → "F-16"
		return append(dst, np.text[np.words[np.n-1][0]:np.words[np.n-1][1]-1]...)
	}
	if np.asWritten {
		return appendLower(dst, np.text[np.words[0][0]:np.words[0][1]])
	}
	if np.proper { // "Marines" → "Marine", "Guardsmen" → "Guardsman", "SEALs" → "SEAL"
		w := np.text[np.words[np.n-1][0]:np.words[np.n-1][1]]
		if singular, ok := equipmentPlurals[w]; ok {
			return append(dst, singular...) // "Bradleys" → "Bradley", "Abrams"
		}
		if strings.HasSuffix(w, "men") && w != "Turkmen" {
			return append(append(dst, w[:len(w)-3]...), "man"...)
		}
		if !strings.HasSuffix(w, "s") {
			return append(dst, w...) // "Lebanese", "Vietnamese": the same in the plural
		}
		for _, suf := range [...]string{"sses", "shes", "ches", "xes"} {
			if strings.HasSuffix(w, suf) { // "Stratofortresses" → "Stratofortress"
				return append(dst, w[:len(w)-2]...)
			}
		}
		if len(w) > 4 && strings.HasSuffix(w, "ies") && !strings.HasSuffix(w, "eies") {
			return append(append(dst, w[:len(w)-3]...), 'y') // "E-3 Sentries" → "E-3 Sentry"
		}
		return append(dst, w[:len(w)-1]...)
	}
	if np.acronym { // "NASAMS"; "IEDs" → "IED"
		w := np.text[np.words[np.n-1][0]:np.words[np.n-1][1]]
		if w[len(w)-1] == 's' {
			w = w[:len(w)-1]
		}
		return append(dst, w...)
	}
	if np.named {
		return append(dst, np.text[np.words[np.n-1][0]:np.words[np.n-1][1]]...)
	}
	if w := np.text[np.words[np.n-1][0]:np.words[np.n-1][1]]; acronymLast(w) {
		// an acronym keeps its capitals, less a plural's s: "Phoenix Ghost UAS",
		// "Phoenix Ghost UAVs" → "Phoenix Ghost UAV", "counter-UAS"
		if w[len(w)-1] == 's' {
			w = w[:len(w)-1]
		}
		return append(dst, w...)
	}
	var b [32]byte
	lw := appendLower(b[:0], np.text[np.words[np.n-1][0]:np.words[np.n-1][1]])
	if np.one {
		if w := np.text[np.words[np.n-1][0]:np.words[np.n-1][1]]; isUpper(w[0]) && !np.title {
			return append(dst, w...) // "one Nepali" keeps its capital
		}
		return append(dst, lw...)
	}
	stem, suffix := lemma(string(lw))
	n := len(dst)
	dst = append(append(dst, stem...), suffix...)
	if last := np.text[np.words[np.n-1][0]]; isUpper(last) && !np.title && len(dst) > n {
		dst[n] = last // a name's last word keeps its capital: "Bradley Infantry Fighting Vehicles", "armed Serbs"
	}
	return dst
}

// acronymLast reports whether w, a counted noun's last word, is an acronym of two capitals or
// more, perhaps after a lower-case prefix and a hyphen ("UAS", "MANPADS", "UAVs",
// "counter-UAS").
func acronymLast(w string) bool {
	if h := strings.LastIndexByte(w, '-'); h >= 0 {
		w = w[h+1:]
	}
	w = strings.TrimSuffix(w, "s")
	return len(w) >= 2 && allCapitals(w)
}

// objectOrParticleAt reports whether a determiner, a particle, a preposition or "fire"
// follows e after a space, as after a verb: "hit an", "shot down", "burst into", "set fire".
func objectOrParticleAt(text string, e int) bool {
	w, k, _ := wordAt(text, e)
	if k != e+1 {
		return false
	}
	switch strings.ToLower(w) {
	case "a", "an", "the", "its", "their", "his", "her", "one", "two", "another", "down", "off", "up", "out", "into", "onto",
		"through", "fire", "near", "in", "on", "at", "back", "apart":
		return true
	}
	return false
}

// countNoun finds the counted noun after a number ending at p: up to three words, stopping at
// stop words, ending in a plural noun (or, when one is set, a singular noun). With proper,
// capitalised words may lead the phrase as modifiers ("300 Iraqi soldiers", "two U.S. service
// members", "12 ISIS fighters"), but the noun that ends it is in lower case.
func countNoun(text string, p int, one, proper bool) (nounPhrase, bool) {
	var words [6][2]int
	lastLower := "" // the last word taken, lower-cased
	nw := 0
	q := p
	capitals := 0        // capitalised modifiers taken
	coordinated := false // "and" joins two modifiers: "U.S. and Polish soldiers"
	properAt := -1       // a capitalised plural of people among the capitals ("Green Berets serving")
	afterModel := false  // a model's designation was taken: a name may follow ("MQ-9 Reapers")
	services := 0        // armed services' names of two or more words among the capitals ("Air Force")
	if !one {
		if as, ae := nameAcronymAhead(text, p, true); ae > as && (proper || !isUpper(text[skipSpace1(text, p)])) {
			// a name and its acronym in parentheses before the noun: "1,500 African Union
			// Transition Mission in Somalia (ATMIS) troops" → count:ATMIS troop
			words[0] = [2]int{as, ae}
			nw, capitals, q = 1, 1, ae+1
		}
	}
	if one && proper {
		if np, ok := oneNamedThing(text, p); ok {
			return np, true // "one Evolved Sea Sparrow Missile", "one Terminal High Altitude Area Defense battery"
		}
	}
	for nw-capitals-b2i(coordinated) < 4 && nw < len(words) {
		if proper && !one && nw > 0 && nw == capitals && nw < len(words)-3 && q+2 < len(text) && text[q] == ',' && text[q+1] == ' ' &&
			isUpper(text[q+2]) && (nationAdjective(text[words[nw-1][0]:words[nw-1][1]]) && nationAdjective(text[q+2:nationWordEnd(text, q+2)]) ||
			serviceWord(text[words[nw-1][0]:words[nw-1][1]]) && serviceWord(text[q+2:serviceWordEnd(text, q+2)])) {
			// (and a list of services: "300 Army, Navy and Marine Corps aircraft")
			// a list of nations' adjectives before the noun: "16,700 Filipino, American,
			// Australian and French troops" (the comma stays with the word before it)
			words[nw-1][1] = q + 1
			q++
		}
		if proper && !one && nw == 1 && capitals == 0 && strings.IndexByte(lastLower, '-') > 0 && q+2 < len(text) && text[q] == ',' && text[q+1] == ' ' &&
			isUpper(text[q+2]) && serviceWord(text[q+2:serviceWordEnd(text, q+2)]) {
			// a hyphenated modifier before a list of services: "13,000 active-duty, Reserve and
			// National Guard personnel" (the comma stays with the word before it)
			words[0][1] = q + 1
			q++
			capitals = 1
		}
		if !one && !proper && nw > 0 && nw > capitals && !coordinated && nw < len(words)-3 && q+2 < len(text) && text[q] == ',' && text[q+1] == ' ' &&
			isLower(text[q+2]) && lastLower != "" && !plural(lastLower) && (modifierSeriesAhead(text, q) || adjectivePairAhead(text, q)) {
			// a series of modifiers before the noun: "1,200 artillery, rocket and mortar
			// rounds" (the comma stays with the word before it)
			words[nw-1][1] = q + 1
			q++
		}
		k := skipSpace1(text, q)
		if k == q || k-q > 1 && nw > 0 {
			if !(nw == 0 && k == q && q < len(text) && text[q] == '-') {
				break
			}
			k = q + 1 // "30-day" is a unit; "5-member" a counted noun
			if e := wordEnd(text, k); e > k && isLower(text[k]) && e+1 < len(text) && text[e] == ' ' && isUpper(text[e+1]) && !plural(text[k:e]) && hyphenCount(text[k:e]) {
				// before a capitalised name, the joined noun alone is counted: "a three-person
				// Coast Guard crew" → count:person
				words[0] = [2]int{k, e}
				return nounPhrase{text: text, words: words, n: 1, one: true}, true
			}
		}
		e := wordEnd(text, k)
		if k < len(text) && isLower(text[k]) && e+1 < len(text) && text[e] == '-' && text[e+1] == ' ' {
			// a suspended hyphen: "14 short- and medium-range ballistic missiles", "12 fourth-
			// and fifth-generation fighters": the pair is one modifier
			if m := suspendedPairEnd(text, e+1); m > e {
				words[nw] = [2]int{k, m}
				nw++
				lastLower = strings.ToLower(text[k:m])
				q = m
				continue
			}
		}
		if proper && e == k+1 && isUpper(text[k]) {
			e = dottedAcronymEnd(text, k) // "U.S."
		}
		for proper && e > k && isUpper(text[k]) && apostropheLetter(text, e) {
			e = wordEnd(text, e+utf8RuneLen(text[e:])) // "Da'esh", "Kata'ib": one name
		}
		if e-k == 3 && strings.EqualFold(text[k:e], "nor") && apostropheLetter(text, e) {
			e = wordEnd(text, e+utf8RuneLen(text[e:])) // "three nor'easters"
		}
		if nw == capitals && capitals-services < 2 && k < len(text) && isDigit(text[k]) {
			m := calibreEnd(text, k) // "20 120mm mortar systems", "126 155mm howitzers"
			if m == k && proper {
				m = numberCompoundEnd(text, k) // "seven 30-round magazines", "two 500-pound bombs"
			}
			if m > k {
				words[nw] = [2]int{k, m}
				nw++
				capitals++
				q = m
				continue
			}
		}
		if one && !proper && nw == 0 && k < len(text) && isUpper(text[k]) {
			if m, plural := hullEnd(text, k); m > k && !plural {
				words[0] = [2]int{k, m} // "one LHA 9": the hull itself
				nw, capitals, q, afterModel = 1, 1, m, true
				continue
			}
			if m := designationEnd(text, k); m > k && (m == len(text) || !isLetter(text[m]) && text[m] != '-') {
				// after "One" at a sentence's start, a model's designation is what it counts:
				// "One UH-1Y crashed", "One MV-22 Osprey landed"
				words[0] = [2]int{k, m}
				nw, capitals, q, afterModel = 1, 1, m, true
				continue
			}
		}
		lowerMods := nw > capitals && nw-capitals <= 2 && lastLower != "" && !plural(lastLower) && !coordinated // "54 new Leopard 2A8 tanks"
		if proper && (nw == capitals || lowerMods) && (capitals-services < 2 || coordinated && afterModel && capitals-services < 4) && k < len(text) && isUpper(text[k]) {
			// (after a model and "and", another model: "53 T-44C and TH-73A training aircraft")
			if m := classLetterEnd(text, k); m > k {
				// a class and its letter: "14 Class A aviation mishaps", "two Category I storms"
				words[nw] = [2]int{k, m}
				nw++
				capitals++
				q = m
				continue
			}
			m := serviceNameEnd(text, k)
			if m <= e {
				m = ofNameEnd(text, k)
			}
			if m > e {
				// an armed service's name is one modifier: "three U.S. Air Force C-130
				// aircraft", "six Marine Corps MV-22 Ospreys"; so is a name with "of": "two
				// Department of Defense contractors", "40 Department of State employees"
				words[nw] = [2]int{k, m}
				nw++
				capitals++
				services++
				q = m
				continue
			}
			if m, plural := hullEnd(text, k); m > k && (plural || m+1 >= len(text) || text[m] != ' ' || stopWords[text[m+1:wordEnd(text, m+1)]]) {
				words[nw] = [2]int{k, m} // "two CVN 80s", "one LHA 9.": the hulls themselves
				return nounPhrase{text: text, words: words, n: nw + 1, model: plural, named: !plural}, true
			} else if m > k {
				words[nw] = [2]int{k, m} // "two T-AO 205 oilers": the hull's type and number before the noun
				nw++
				capitals++
				q = m
				afterModel = true
				continue
			}
			if m := namedModelPluralEnd(text, k, e); m > k {
				words[nw] = [2]int{k, m} // "1,000 Switchblade 600s": a named model in the plural
				return nounPhrase{text: text, words: words, n: nw + 1, model: true}, true
			}
			hyphened := e < len(text) && text[e] == '-'                        // "Shahed-136 drones": a name and a number
			if m := modelPluralEnd(text, k); m > k && (e-k <= 4 || hyphened) { // "four F-16s", "two B-52s": the noun itself
				words[nw] = [2]int{k, m}
				return nounPhrase{text: text, words: words, n: nw + 1, model: true}, true
			}
			m = k
			if e-k <= 4 || hyphened {
				m = modelEnd(text, k)
			}
			if m == k {
				m = namedModelEnd(text, k, e) // "14 Challenger 2 tanks"
			}
			if m == k {
				m = acronymNumberEnd(text, k, e) // "two DDG 51 destroyers"
			}
			if m > k {
				// a model's designation before the noun: "B-52 bombers", "MQ-9 Reaper drones"
				words[nw] = [2]int{k, m}
				nw++
				capitals++
				q = m
				afterModel = true
				continue
			}
		}
		if proper && nw == capitals && capitals-services < 2 && k < len(text) && isUpper(text[k]) {
			if m := seriesNumberEnd(text, k, e); m > e {
				// a production block or lot before a model: "32 Block 20 F-22s"
				words[nw] = [2]int{k, m}
				nw++
				capitals++
				q = m
				continue
			}
		}
		if afterModel && proper && nw == capitals && capitals-services < 3 {
			if m := variantEnd(text, k); m > k {
				// a model's variant after its designation: "250 M1A2 SEPv3 Abrams tanks"
				words[nw] = [2]int{k, m}
				nw++
				capitals++
				q = m
				continue
			}
		}
		e = compoundEnd(text, k, e) // "vehicle-borne", "precision-guided"
		if e == k || e-k > 24 {
			break
		}
		if e < len(text) && (isDigit(text[e]) || text[e] == '_') {
			break
		}
		w := text[k:e]
		lw := strings.ToLower(w)
		if properAt >= 0 && nw == properAt+1 && isLower(w[0]) && peopleVerb(lw) {
			break // "2,100 Airmen generating F-16s": the people, then their verb
		}
		if (lw == "and" || lw == "or") && !one && !coordinated && nw > 0 && nw < len(words)-2 && (lastLower == "" || !plural(lastLower)) &&
			!acronymPlural(text[words[nw-1][0]:words[nw-1][1]]) { // ("49 IEDs and detained": the IEDs are counted)
			// two modifiers joined: "U.S. and Polish soldiers", "allied and partner nations"
			// (not before a number or a stop word: "12 IEDs and in March", "3 HIMARS and the depot")
			if next := skipSpace1(text, e); next > e && next < len(text) && isLetter(text[next]) &&
				(properAt < 0 || properAt == nw-1 && nationAdjective(text[words[properAt][0]:words[properAt][1]]) && isUpper(text[next])) &&
				!numberOrStopWord(strings.ToLower(text[next:wordEnd(text, next)])) {
				if nw == capitals {
					capitals++ // the capitals before the noun go on
				}
				words[nw] = [2]int{k, e}
				nw++
				coordinated = true
				q = e
				continue
			}
		}
		if nw == 0 && lw == "enemy" && (casualtyWordAt(text, e) || clauseEnd(text, e)) {
			// "14 enemy killed", "killed 14 enemy.": the enemy's fighters, counted
			words[0] = [2]int{k, e}
			return nounPhrase{text: text, words: words, n: 1, asWritten: true}, true
		}
		if nw == 0 && casualtyFilter.mayHave(lw) && casualtyWords[lw] && (e == len(text) || !isLetter(text[e]) && text[e] != '-') && !pluralNounAhead(text, e, 3) && !properPluralAt(text, e) &&
			!nationBeforePlural(text, e) { // ("two wounded American soldiers": the soldiers)
			// a casualty count: "more than 500 killed and 2,500 wounded"; two casualties of one
			// count: "600,000 killed or wounded", "315,000 dead and wounded"
			for _, join := range [...]string{" or ", " and "} {
				if rest, ok := strings.CutPrefix(text[e:], join); ok {
					w2 := rest[:wordEnd(rest, 0)]
					if casualtyWords[strings.ToLower(w2)] && (len(w2) == len(rest) || !isLetter(rest[len(w2)]) && rest[len(w2)] != '-') {
						e += len(join) + len(w2)
					}
					break
				}
			}
			words[0] = [2]int{k, e}
			return nounPhrase{text: text, words: words, n: 1, asWritten: true}, true
		}
		if nw == 0 && (lw == "additional" || lw == "other" || lw == "more" || lw == "fewer" || lw == "further" || lw == "extra" || lw == "such" ||
			lw == "separate" || lw == "different") {
			// "560 additional U.S. troops", "two other U.S. personnel", "12 more strikes",
			// "20 such incidents", "11 separate interdictions": in the figure's text, not in
			// what it counts
			if next := skipSpace1(text, e); next > e && next < len(text) && isLetter(text[next]) {
				if nx := text[next:wordEnd(text, next)]; lw == "more" && isLower(nx[0]) && irregularPasts[nx] && !pastNouns[nx] {
					return nounPhrase{}, false // "five more sent medical units": a verb, its noun left out
				}
				q = e
				continue
			}
		}
		if stopWordFilter.mayHave(lw) && stopWords[lw] && w != "US" && !(lw == "parts" && nw > 0) || monthFilter.mayHave(lw) && months[lw] || // "10,000 US troops"; "2.1 million spare parts"
			numberFilter.mayHave(lw) && isNumberWord(lw) {
			break
		}
		if qualifierWhole.mayHave(lw) {
			if _, ok := qualifiers[lw]; ok {
				break
			}
		}
		if afterModel && proper && !one && nw >= 1 && romanPlural(w) && isUpper(text[words[nw-1][0]]) && !(e+1 < len(text) && text[e] == ' ' && isUpper(text[e+1])) {
			// a model's name with its Roman numeral, in the plural: "two C-17 Globemaster
			// IIIs", "four F-35A Lightning IIs"
			words[nw] = [2]int{k, e}
			return nounPhrase{text: text, words: words, n: nw + 1, proper: true}, true
		}
		if afterModel && proper && !one && namePlural(w) && !(e+1 < len(text) && text[e] == ' ' && isUpper(text[e+1])) && !pluralNounAt(text, e) && !aircraftAt(text, e) {
			// the model's name in the plural ends the phrase: "two MQ-9 Reapers", "four UH-60
			// Black Hawks" (but not before a noun: "31 M1 Abrams tanks", "three C-130 Hercules
			// aircraft")
			words[nw] = [2]int{k, e}
			return nounPhrase{text: text, words: words, n: nw + 1, proper: true}, true
		}
		if afterModel && proper && !one && nw == 1 && acronymNoun(w) && !(e+1 < len(text) && text[e] == ' ' && isUpper(text[e+1])) && !pluralNounAt(text, e) {
			// an acronym after a model's designation is the thing counted: "64 GBU-31 JDAMs",
			// "two E-3 AWACS" (but not before a noun: "12 AGM-158 JASSM missiles")
			words[nw] = [2]int{k, e}
			return nounPhrase{text: text, words: words, n: nw + 1, acronym: true}, true
		}
		if proper && !one && nw > capitals && acronymNoun(w) && (w[len(w)-1] == 's' || !lowerWordFollows(text, e)) &&
			!(e+1 < len(text) && text[e] == ' ' && isUpper(text[e+1])) && !pluralNounAt(text, e) {
			// an acronym after modifiers in lower case is the thing counted and keeps its
			// capitals: "700 deployed ICBMs" → count:deployed ICBM (but "a 9-line MEDEVAC
			// request" counts lines)
			words[nw] = [2]int{k, e}
			return nounPhrase{text: text, words: words, n: nw + 1, acronym: true}, true
		}
		if isUpper(w[0]) && proper && nw == capitals && !one && acronymNoun(w) && w[len(w)-1] == 's' && participleAt(text, e) {
			// an acronym's plural before a participle is the thing counted: "14 VBIEDs
			// destroyed", "200 IEDs cleared"
			words[nw] = [2]int{k, e}
			return nounPhrase{text: text, words: words, n: nw + 1, acronym: true}, true
		}
		if isUpper(w[0]) && proper && nw == capitals && (capitals-services < 2 || afterModel && capitals-services < 3 && (pluralNounAt(text, e) || aircraftAt(text, e)) || coordinated && capitals < 5) {
			// a proper adjective or a name before the noun: "Iraqi soldiers", "ISIS fighters"
			// A capitalised plural ends no counted noun ("12 Marines"); it may only modify
			// one ("31 M1 Abrams tanks"), which the checks after the loop ask for.
			words[nw] = [2]int{k, e}
			if properPlural(w) {
				properAt = nw
			}
			nw++
			capitals++
			q = e
			continue
		}
		if isUpper(w[0]) && nw == 0 && !one {
			break
		}
		if nw > capitals && !one && properPlural(w) {
			// people named after modifiers in lower case: "300 displaced Iraqis"
			words[nw] = [2]int{k, e}
			return nounPhrase{text: text, words: words, n: nw + 1, proper: true}, true
		}
		if one && nw == 0 && adjectiveEnding(lw) && !singularNounAt(text, e) {
			return nounPhrase{}, false // "one responsible for planning attacks": the pronoun
		}
		if one && (nw == 0 && irregularPasts[lw] && !pastNouns[lw] || (afterModel || nw > 0 && nw == capitals) && !isUpper(w[0]) && (irregularPasts[lw] || strings.HasSuffix(lw, "ed"))) {
			// (and after a capitalised name: "one Apache went down")
			if nw == 0 {
				return nounPhrase{}, false // "One flew for 70 minutes": the pronoun and its verb
			}
			break // "One CH-47 returned": the model, then its verb
		}
		words[nw] = [2]int{k, e}
		lastLower = lw
		nw++
		if one {
			if invariantPlurals[lw] && nw < 4 && singularNounAt(text, e) {
				q = e // "one police officer", "one crew member": the invariant plural modifies the noun
				continue
			}
			if lw == "aircraft" {
				break // "one aircraft": its own singular
			}
			if plural(lw) && !strings.HasSuffix(lw, "ss") {
				if pluralModifiers[lw] && nw < 4 && singularNounAt(text, e) {
					q = e // "one weapons cache", "one explosives lab": a plural that modifies a noun
					continue
				}
				return nounPhrase{}, false
			}
			if strings.HasSuffix(lw, "ing") && determinerFollows(text, e) {
				return nounPhrase{}, false // "one replacing another": a verb
			}
			if adverb(lw) {
				return nounPhrase{}, false // "one usually finds": the pronoun
			}
			if nw == 1 && dayParts[lw] {
				return nounPhrase{}, false // "one afternoon": a time, not a count
			}
			if nw == 1 && pastNouns[lw] && objectOrParticleAt(text, e) {
				// a past tense that is a noun too, before an object or a particle: "one hit an
				// empty hangar", "one shot down the other", "one set fire to a tent"
				return nounPhrase{}, false
			}
			if modifierLike(w) && nw < 4 {
				q = e // "one anti-ship ballistic missile": a modifier before the noun
				continue
			}
			if nw < 4 && singularNounAt(text, e) {
				q = e // "one cruise missile", "one unmanned surface vessel": a noun's modifier
				continue
			}
			if strings.HasSuffix(lw, "ed") {
				return nounPhrase{}, false // "one remained hospitalized", "one died": a verb
			}
			break // after "one", the noun is otherwise one word: "one strike"

		}
		if plural(lw) && !(isUpper(w[len(w)-1]) && acronymLast(w)) && !((isUpper(w[0]) || invariantPlurals[lw] || strings.IndexByte(w, '-') > 0) && pluralNounAt(text, e)) && !pluralModifier(text, w, e) &&
			!(pluralModifiers[lw] && nw-capitals < 3 && modifiedPluralAhead(text, e)) { // "12 weapons storage sites"
			// (a hyphenated compound in the plural before a plural noun modifies it: "six
			// protection-of-civilians sites", "40 human-rights officers")
			// (an acronym in -S is no plural: "12 counter-UAS systems")
			// the noun; but "personnel carriers", "aircraft movements" and a name's plural,
			// "Iraqi Security Forces members", go on, as does a plural before a plural noun
			// ("weapons systems")
			break
		}
		q = e
	}
	if nw >= 1 && nw == capitals && !coordinated && acronymNoun(text[words[nw-1][0]:words[nw-1][1]]) {
		// an acronym on its own is the thing counted: "12 NASAMS", "four HIMARS", "40 IEDs",
		// and so after a capitalised modifier: "14 Ohio-class SSBNs" → count:Ohio-class SSBN
		return nounPhrase{text: text, words: words, n: nw, acronym: true}, true
	}
	if properAt >= 0 && (nw == properAt+1 || !plural(lastLower) || coordinated && nw == capitals ||
		peopleVerb(strings.ToLower(text[words[properAt+1][0]:words[properAt+1][1]]))) {
		// a capitalised plural that names people: "1,800 Marines", "169 Americans", "two
		// Navy SEALs", "400 Green Berets" (also before a word that is no noun: "Green Berets
		// serving")
		return nounPhrase{text: text, words: words, n: properAt + 1, proper: true}, true
	}
	if one && !proper && afterModel && nw == 1 {
		return nounPhrase{text: text, words: words, n: 1, one: true, named: true}, true // "One UH-1Y crashed"
	}
	if nw == capitals && nw >= 2 && weaponPlurals[strings.ToLower(text[words[nw-1][0]:words[nw-1][1]])] {
		// a weapon's name written in capitals, its noun too: "155 Standard Missiles" →
		// count:Standard Missile
		return nounPhrase{text: text, words: words, n: nw}, true
	}
	if one && nw >= 2 && serviceMemberSingulars[text[words[nw-1][0]:words[nw-1][1]]] {
		// a service's capitalised member after capitalised modifiers: "One U.S. Soldier",
		// "one Army Soldier"
		return nounPhrase{text: text, words: words, n: nw, one: true}, true
	}
	if nw == capitals {
		return nounPhrase{}, false
	}
	if capitals > 0 && wordUnitInfo[lastLower].kind == Money {
		return nounPhrase{}, false // "300 Hong Kong dollars" is money, not a count of dollars
	}
	if !one && !plural(lastLower) || lastLower == "ones" || lastLower == "others" {
		return nounPhrase{}, false // "four others", "3 quick ones": pronouns, no counted noun
	}
	if verbsInSFilter.mayHave(lastLower) && verbsInS[lastLower] {
		return nounPhrase{}, false // "a crew of 4,550 includes": the verb, no counted noun
	}
	if !one && nw >= 2 && regularPlural(lastLower) && determinerFollows(text, words[nw-1][1]) {
		if prev := strings.ToLower(text[words[nw-2][0]:words[nw-2][1]]); crewPlurals[prev] {
			// a plural, then a verb in -s and its object: "two officers stands the watch",
			// "350 personnel staffs the ship"
			return nounPhrase{text: text, words: words, n: nw - 1}, true
		}
	}
	// after "one", a model's name keeps its case: "one MQ-1C Gray Eagle"
	named := one && afterModel && isUpper(text[words[nw-1][0]])
	return nounPhrase{text: text, words: words, n: nw, one: one, named: named}, true
}

// serviceMemberSingulars: see countNoun ("One U.S. Soldier").
var serviceMemberSingulars = fieldSet(`Soldier Airman Marine Sailor Guardsman Guardian Coastguardsman`)

// invariantSingulars are nouns in -s that are singular too: "a 400-bed barracks".
var invariantSingulars = fieldSet(`barracks headquarters series crossroads means species quarters`)

// crewPlurals are plurals of people that a verb in -s may follow when their group is its
// subject ("a crew of two officers stands the watch"; not "40 arms sales the agency approved").
var crewPlurals = fieldSet(`officers personnel sailors soldiers airmen marines members crewmen guardians guardsmen troops people civilians contractors engineers technicians`)

// weaponPlurals are the plural nouns of weapons that a name written in capitals may end in:
// "Standard Missiles", "Hellfire Missiles".
var weaponPlurals = fieldSet(`missiles rockets interceptors torpedoes bombs drones`)

// peopleVerb reports whether w, after a capitalised plural naming people, is a verb: one of
// peopleVerbs, a participle in -ing ("2,100 Airmen generating F-16s", "500 Marines operating
// HIMARS launchers") or a past tense ("4,000 Guardsmen supported Customs and Border
// Protection").
func peopleVerb(w string) bool {
	return peopleVerbs[w] || len(w) > 5 && strings.HasSuffix(w, "ing") || len(w) > 4 && strings.HasSuffix(w, "ed") ||
		irregularPasts[w] && !pastNouns[w]
}

// peopleVerbs are verbs that, right after a capitalised plural naming people, end the counted
// noun: "about 24,000 Americans became casualties" counts Americans, not "Americans became
// casualty".
var peopleVerbs = fieldSet(`became become becomes were are was is remain remained remains have had has will would
could may might must died fled returned served fought landed arrived left lost gave got made took
include train staff support guard serve operate conduct provide help protect patrol work maintain assist advise
mentor secure man fly form comprise join lead live deploy wore dug laid strung used built set cut shot hit spent
said`)

// serviceNameEnd returns the end of the name of an armed service of two or more words that
// starts at text[k] ("Air Force", "Marine Corps", "Royal Navy", "Coast Guard"), or k.
func serviceNameEnd(text string, k int) int {
	for _, n := range serviceNames {
		if strings.HasPrefix(text[k:], n) && (k+len(n) == len(text) || !isLetter(text[k+len(n)])) {
			return k + len(n)
		}
	}
	return k
}

// serviceNames: see serviceNameEnd; a longer name before any name it begins with. Defence
// makers' names of two or more words modify a model as a service's name does ("24 Lockheed
// Martin F-35A aircraft", "33 Pratt & Whitney F135 engines").
var serviceNames = []string{"Royal Air Force", "Royal Navy", "Royal Australian Navy", "Royal Australian Air Force",
	"Royal Canadian Navy", "Royal Canadian Air Force", "Air National Guard", "Army National Guard",
	"National Guard", "Air Force", "Space Force", "Marine Corps", "Coast Guard",
	"Lockheed Martin", "Pratt & Whitney", "General Atomics", "General Dynamics", "General Electric", "Northrop Grumman",
	"BAE Systems", "Bell Boeing", "Oshkosh Defense", "AM General", "Textron Systems", "Hanwha Aerospace",
	"Korea Aerospace Industries", "Kongsberg Defence",
	// nations and services of two or more words before a model: "four South Korean F-15K fighters"
	"South Korean", "North Korean", "Saudi Arabian", "South African", "New Zealand",
	"U.S. Navy", "U.S. Army", "U.S. Marine Corps", "U.S. Coast Guard", "Royal Danish Air Force", "Royal Norwegian Air Force",
	"Royal Netherlands Air Force", "Japan Air Self-Defense Force", "Japan Maritime Self-Defense Force",
	"Republic of Korea Air Force", "Polish Air Force", "German Air Force", "Italian Air Force", "Finnish Air Force",
	"Swedish Air Force", "Hellenic Air Force", "Turkish Air Force", "Israeli Air Force", "Indian Air Force"}

// modifierSeriesAhead reports whether the comma at q goes on with a series of single words in
// lower case, none a plural, a stop word or a number, whose last follows "and" or "or" and comes
// before a plural noun: ", rocket and mortar rounds", ", machine-gun and mortar positions".
func modifierSeriesAhead(text string, q int) bool {
	k := q
	for n := 0; n < 4 && k+2 < len(text) && text[k] == ',' && text[k+1] == ' '; n++ {
		w, ws, we := wordAt(text, k+1)
		we = compoundEnd(text, ws, we)
		w = text[ws:we]
		if ws != k+2 || w == "" || !isLower(w[0]) || plural(w) || numberOrStopWord(w) {
			return false
		}
		k = we
		for _, join := range [...]string{" and ", " or ", ", and ", ", or "} {
			if strings.HasPrefix(text[k:], join) {
				v, vs, ve := wordAt(text, k+len(join)-1)
				ve = compoundEnd(text, vs, ve)
				v = text[vs:ve]
				return vs == k+len(join) && v != "" && isLower(v[0]) && !plural(v) && !numberOrStopWord(v) && pluralNounAt(text, ve)
			}
		}
	}
	return false
}

// classLetterEnd returns the end of a class's word and its letter or Roman numeral at k
// ("Class A", "Category I", "Type B", "Level III"), when a word in lower case follows, or k.
func classLetterEnd(text string, k int) int {
	for _, w := range [...]string{"Class ", "Category ", "Type ", "Group ", "Level "} {
		if !strings.HasPrefix(text[k:], w) {
			continue
		}
		i := k + len(w)
		e := i
		for e < len(text) && isUpper(text[e]) && e-i < 4 {
			e++
		}
		if e == i || e-i > 1 && strings.Trim(text[i:e], "IVX") != "" {
			return k
		}
		if e+1 < len(text) && text[e] == ' ' && isLower(text[e+1]) {
			return e
		}
		return k
	}
	return k
}

// acronymPlural reports whether w is an acronym in the plural: "IEDs", "EFPs", "VBIEDs".
func acronymPlural(w string) bool {
	return len(w) >= 3 && w[len(w)-1] == 's' && allCapitals(w[:len(w)-1]) && acronymNoun(w)
}

// adjectivePairAhead reports whether the comma at q joins two adjectives, the second right
// before a plural noun: "15 large, fast ships", "40 new, armored vehicles".
func adjectivePairAhead(text string, q int) bool {
	w, ws, we := wordAt(text, q+1)
	return ws == q+2 && w != "" && isLower(w[0]) && !plural(w) && !numberOrStopWord(w) && pluralNounAt(text, we) &&
		!pluralNounAt(text, q) // (not "5 trucks, fast ships")
}

// serviceWord reports whether w is an armed service's name, or a reserve component's, as a
// list of services before a noun names them ("Army", "Navy", "Air Force", "Army Reserve").
func serviceWord(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, " Reserve"), " Guard")
	switch w {
	case "Army", "Navy", "Air Force", "Marine Corps", "Marines", "Coast", "Space Force", "National", "Air National", "Army National", "Reserve", "Guard":
		return true
	}
	return false
}

// serviceWordEnd returns the end of a service's name at k ("Air Force", "Army Reserve",
// "Navy"), or of the word at k.
func serviceWordEnd(text string, k int) int {
	e := serviceNameEnd(text, k)
	if e == k {
		e = wordEnd(text, k)
	}
	if strings.HasPrefix(text[e:], " Reserve") && (e+8 == len(text) || !isLetter(text[e+8])) {
		e += len(" Reserve")
	}
	return e
}

// nameConnectors are the words in lower case that may join the capitalised words of a name:
// "Transition Mission in Somalia", "Department of Defense".
var nameConnectors = fieldSet(`of in for the and on to de`)

// nameAcronymAhead finds, after p, a name of up to eight words, capitalised or nameConnectors,
// followed by its acronym in parentheses and a word in lower case: " African Union Transition
// Mission in Somalia (ATMIS) troops"; or a name in lower case so followed, when lower is set:
// " improvised explosive device (IED) factories", " command and control (C2) nodes". It
// returns the acronym's span, or p, p.
func nameAcronymAhead(text string, p int, lower bool) (int, int) {
	q := p
	sawLower := false // a word in lower case other than a connector: the name is in lower case
	for n := 0; n < 8; n++ {
		k := skipSpace1(text, q)
		if k == q || k >= len(text) || n == 0 && !isUpper(text[k]) && !(lower && isLower(text[k])) {
			return p, p // (a name starts with a capital)
		}
		if text[k] == '(' {
			if n < 2 {
				return p, p
			}
			e, upper := k+1, false
			for e < len(text) && (isUpper(text[e]) || isDigit(text[e]) && e > k+1) {
				upper = upper || isUpper(text[e])
				e++
			}
			if !upper || e-k-1 < 2 || e-k-1 > 8 || e+2 >= len(text) || text[e] != ')' || text[e+1] != ' ' || !isLower(text[e+2]) {
				return p, p
			}
			return k + 1, e
		}
		e := wordEnd(text, k)
		for e+1 < len(text) && text[e] == '-' && isLetter(text[e+1]) {
			e = wordEnd(text, e+1) // "vehicle-borne"
		}
		if e == k {
			return p, p
		}
		w := text[k:e]
		switch {
		case isUpper(text[k]):
			if sawLower {
				return p, p // "soldiers to the African Union (AU)": no name
			}
		case nameConnectors[w]:
			if sawLower && w != "and" {
				return p, p
			}
		case lower && isLower(text[k]) && !stopWords[w]:
			sawLower = true
		default:
			return p, p
		}
		q = e
	}
	return p, p
}

// romanPlural reports whether w is a Roman numeral of up to four letters with a plural's "s":
// "IIs", "IIIs", "IVs".
func romanPlural(w string) bool {
	if len(w) < 2 || len(w) > 5 || w[len(w)-1] != 's' {
		return false
	}
	for i := 0; i < len(w)-1; i++ {
		if w[i] != 'I' && w[i] != 'V' && w[i] != 'X' {
			return false
		}
	}
	return true
}

// namePlural reports whether w is a capitalised plural (not an acronym), as a model's name in
// the plural is: "Reapers", "Hawks", "Chinooks", "Apaches".
func namePlural(w string) bool {
	// not a singular in -is or -us: "Aegis", "Pegasus"
	return len(w) > 3 && isUpper(w[0]) && isLower(w[1]) && w[len(w)-1] == 's' && w[len(w)-2] != 's' && w[len(w)-2] != 'i' && w[len(w)-2] != 'u'
}

// compoundEnd extends the word text[k:e] over a hyphenated compound ("vehicle-borne bombs",
// "precision-guided munitions", "ISIS-held villages"): letters joined by single hyphens, the
// first part not a number word ("two-thirds" is a number, "30-day" a unit).
func compoundEnd(text string, k, e int) int {
	if e+1 >= len(text) || text[e] != '-' || !isLetter(text[e+1]) {
		return e
	}
	if first := strings.ToLower(text[k:e]); isNumberWord(first) {
		// "two-thirds", "twenty-six" are numbers; "one-way attack drones", "two-star
		// generals" are compounds whose second part is a word
		second := strings.ToLower(text[e+1 : wordEnd(text, e+1)])
		switch _, fraction := fractionWords[second]; {
		case fraction || isNumberWord(second):
			return e
		case second == "by" || second == "to" || second == "on" || second == "for" || second == "and" || second == "or":
			return e // "one-by-one", "one-to-one"
		}
	} else if stopWords[first] {
		// a preposition may lead a compound whose last part is a word: "on-site inspections",
		// "after-action reports", "over-the-horizon radars" (not "in-and-out")
		c := e
		for c+1 < len(text) && text[c] == '-' && isLetter(text[c+1]) {
			c = wordEnd(text, c+1)
		}
		last := strings.ToLower(text[strings.LastIndexByte(text[:c], '-')+1 : c])
		if numberOrStopWord(last) || len(last) < 3 {
			return e
		}
		return c
	}
	for e+1 < len(text) && text[e] == '-' && isLetter(text[e+1]) {
		e = wordEnd(text, e+1)
	}
	return e
}

// hyphenNoun finds, when no counted noun follows a number ending at p, a singular noun joined
// to it by a hyphen that the number counts, the two modifying the noun after: "a 312-page
// report", "a 20-vehicle convoy" (count:page, count:vehicle).
func hyphenNoun(text string, p int) (nounPhrase, bool) {
	if p+1 >= len(text) || text[p] != '-' || !isLower(text[p+1]) && !isUpper(text[p+1]) {
		return nounPhrase{}, false
	}
	e := wordEnd(text, p+1)
	if isUpper(text[p+1]) && !serviceMembers[text[p+1:e]] {
		return nounPhrase{}, false // only the services' members are capitalised: "a 4,000-Soldier brigade"
	}
	if e < len(text) && (text[e] == '-' || isDigit(text[e])) || !lowerWordFollows(text, e) {
		return nounPhrase{}, false
	}
	var b [16]byte
	if e-p-1 > len(b) {
		return nounPhrase{}, false
	}
	if lw := string(lowerASCII(b[:0], text[p+1:e])); !hyphenCount(lw) || plural(lw) {
		return nounPhrase{}, false
	}
	np := nounPhrase{text: text, n: 1, one: true}
	np.words[0] = [2]int{p + 1, e}
	return np, true
}

// serviceMembers are the services' members in the singular, capitalised as their services
// write them: "a 4,000-Soldier brigade", "a 500-Marine contingent".
var serviceMembers = fieldSet(`Soldier Marine Airman Sailor Guardsman Guardian Coastguardsman`)

// hyphenCount reports whether the lower-case word w, joined by a hyphen to a number before a
// noun, is a noun the number counts ("312-page", "20-vehicle", "three-star") rather than an
// adjective ("4,800-strong", "40-odd", "10-fold", "3-dimensional") or a stop word ("3-way").
func hyphenCount(w string) bool {
	if len(w) < 3 || strings.IndexByte(w, '-') >= 0 || stopWords[w] || hyphenAdjectives[w] {
		return false
	}
	for _, suf := range [...]string{"al", "ic", "ian", "ous", "ive", "ed", "ing", "ly", "ful", "less", "like"} {
		if strings.HasSuffix(w, suf) && (suf != "ed" || len(w) > 3) { // "bed" is no participle
			return false
		}
	}
	return true
}

// hyphenAdjectives are adjectives that follow a number and a hyphen: "a 4,800-strong brigade".
var hyphenAdjectives = fieldSet(`strong long wide deep high tall old odd fold plus something
thousand hundred million billion ish`)

// lowerWordFollows reports whether a space and a lower-case word that is no stop word follow e.
func lowerWordFollows(text string, e int) bool {
	k := skipSpace1(text, e)
	if k != e+1 || k >= len(text) || !isLower(text[k]) {
		return false
	}
	return !numberOrStopWord(text[k:wordEnd(text, k)])
}

// numberOrStopWord reports whether the lower-case word w is a number word or a stop word.
func numberOrStopWord(w string) bool { return isNumberWord(w) || stopWords[w] }

// dayParts are the parts of a day, which after "one" name a time ("they struck one afternoon").
var dayParts = fieldSet(`morning afternoon evening midnight noon dawn dusk`)

// verbsInS are verbs in -s that read as plural nouns but are none, so that a number before one
// is its subject: "a crew of 4,550 includes", "the 12 remains".
var verbsInS = fieldSet(`includes contains requires represents exceeds remains seems appears
becomes occurs indicates suggests equals reflects compares involves consists comprises totals`)

// casualtyWords count people by what befell them when they follow a number directly: "500
// killed", "2,500 wounded".
var casualtyWords = fieldSet(`killed wounded injured dead missing detained captured homeless displaced`)

// participleAt reports whether a space and a past participle in lower case follow e ("14
// VBIEDs destroyed").
func participleAt(text string, e int) bool {
	w, ws, _ := wordAt(text, e)
	if ws != e+1 || w == "" || !isLower(w[0]) {
		return false
	}
	lw := strings.ToLower(w)
	return len(lw) > 4 && strings.HasSuffix(lw, "ed") || irregularPasts[lw] || irregularParticiples[lw]
}

// irregularParticiples are past participles in -n of common irregular verbs: "230,000 MREs
// flown from Okinawa", "12 IEDs taken".
var irregularParticiples = fieldSet(`flown taken given driven drawn shown thrown grown known seen written ridden
stolen chosen frozen broken spoken worn torn sworn hidden forgotten beaten eaten fallen withdrawn overthrown`)

// casualtyWordAt reports whether a space and a casualty's participle follow e ("14 enemy
// killed").
func casualtyWordAt(text string, e int) bool {
	w, ws, _ := wordAt(text, e)
	return ws == e+1 && casualtyWords[strings.ToLower(w)]
}

// invariantPlurals are nouns whose plural is their singular: a plural noun after one of them
// is the noun the phrase counts ("200 M113 armored personnel carriers", "28,000 aircraft
// movements", "20 crew members", "12 staff officers").
var invariantPlurals = fieldSet(`personnel aircraft crew aircrew groundcrew staff police peshmerga militia`)

// pluralNounAt reports whether a space and a lower-case plural noun that is no stop word follow
// e.
func pluralNounAt(text string, e int) bool {
	k := skipSpace1(text, e)
	if k == e || k >= len(text) || !isLetter(text[k]) || isUpper(text[k]) {
		return false
	}
	w := strings.ToLower(text[k:wordEnd(text, k)])
	return plural(w) && !stopWords[w] && !invariantPlurals[w]
}

// pluralModifier reports whether the lower-case plural w, ending at e, modifies a plural noun
// that follows it: "12 weapons systems", "three arms depots", "five communications towers"
// (count:weapons system). A plural after a plural can be no verb whose subject it is, which
// would take no -s; but neither a verb in -s (verbsInS) nor a word in -s that is no noun,
// "three days afterwards", "two weeks thanks to", follows as a noun.
func pluralModifier(text, w string, e int) bool {
	if !isLower(w[0]) || strings.IndexByte(w, '-') >= 0 || !regularPlural(w) {
		return false
	}
	n, k, ne := wordAt(text, e)
	if !pluralNounAt(text, e) && !(k == e+1 && invariantPlurals[n]) {
		return false
	}
	if ne-k < 4 || !isLower(n[0]) || !(regularPlural(n) || invariantPlurals[n]) || verbsInS[n] || notNounsInS[n] {
		return false // (a plural the same in the singular is a head too: "special operations personnel")
	}
	return ne == len(text) || !isLetter(text[ne]) && text[ne] != '-' && text[ne] != '\''
}

// oneNamedThing reads, after "one", a name of two to six capitalised words ending in a noun of
// a weapon, a vehicle or a unit, or capitalised words and such a noun in lower case: "one
// Evolved Sea Sparrow Missile", "one Bradley Infantry Fighting Vehicle", "one Terminal High
// Altitude Area Defense battery". The phrase keeps its last word as written.
func oneNamedThing(text string, p int) (nounPhrase, bool) {
	var words [6][2]int
	q := p
	for n := 0; n < len(words); n++ {
		w, k, e := wordAt(text, q)
		if k != q+1 || w == "" || e < len(text) && (text[e] == '-' || isDigit(text[e]) || text[e] == '\'') {
			return nounPhrase{}, false
		}
		words[n] = [2]int{k, e}
		if isUpper(w[0]) {
			if n >= 1 && namedThingHeads[strings.ToLower(w)] && (e == len(text) || !isLetter(text[e]) && !nameGoesOn(text, e)) {
				if n+1 < len(words) {
					// a noun of its crew or its parts after the name: "One Black Hawk crew"
					if h, hk, he := wordAt(text, e); hk == e+1 && h != "" && isLower(h[0]) && namedThingHeads[h] && (!plural(h) || invariantPlurals[h]) {
						words[n+1] = [2]int{hk, he}
						return nounPhrase{text: text, words: words, n: n + 2, one: true}, true
					}
				}
				return nounPhrase{text: text, words: words, n: n + 1, one: true, named: true}, true
			}
			if n >= 1 && len(w) > 1 && isUpper(w[1]) {
				return nounPhrase{}, false // an acronym: its own rules
			}
			q = e
			continue
		}
		if n >= 2 && namedThingHeads[w] && !plural(w) {
			return nounPhrase{text: text, words: words, n: n + 1, one: true}, true
		}
		return nounPhrase{}, false
	}
	return nounPhrase{}, false
}

// namedThingHeads are the nouns that end a named weapon, vehicle or unit after "one" (see
// oneNamedThing).
var namedThingHeads = fieldSet(`missile missiles vehicle vehicles system battery launcher radar rocket interceptor bomb
helicopter aircraft ship boat drone satellite tank carrier destroyer frigate submarine cutter company battalion
brigade squadron regiment team unit crew hawk eagle falcon hornet raptor reaper seahawk stallion knight`)

// nationBeforePlural reports whether a nation's adjective and a plural noun follow e:
// "American soldiers", "U.S. Marines".
func nationBeforePlural(text string, e int) bool {
	w, k, _ := wordAt(text, e)
	if k != e+1 || w == "" || !isUpper(w[0]) {
		return false
	}
	we := nationWordEnd(text, k)
	if we == k || !nationAdjective(text[k:we]) {
		return false
	}
	return pluralNounAt(text, we) || properPluralAt(text, we)
}

// modifiedPluralAhead reports whether a singular noun in lower case and then a plural noun
// follow e: "weapons storage sites", "explosives storage bunkers" (the plural before them
// modifies them).
func modifiedPluralAhead(text string, e int) bool {
	n, k, ne := wordAt(text, e)
	if k != e+1 || n == "" || !isLower(n[0]) || plural(n) || stopWords[n] || isNumberWord(n) {
		return false
	}
	return pluralNounAt(text, ne)
}

// notNounsInS are words in -s, not stop words, that are no plural nouns: adverbs and
// prepositions ("afterwards", "towards") and "thanks" before "to".
var notNounsInS = fieldSet(`afterwards towards backwards forwards upwards downwards onwards outwards
inwards sideways always perhaps sometimes nowadays overseas indoors outdoors besides thanks
unless nevertheless regardless whereas thus hers ours theirs yours`)

// aircraftAt reports whether a space and the word "aircraft" follow e.
func aircraftAt(text string, e int) bool {
	w, k, _ := wordAt(text, e)
	return k > e && w == "aircraft"
}

// pluralNounAhead reports whether one of the next max words after e, all in lower case and none
// a stop word or a number, is a plural noun (pluralNounAt): a casualty's participle before them
// modifies a noun, "312 wounded service members", "20 injured civilians", and counts nothing
// alone ("500 killed and 20 wounded", "12 injured in the blast").
func pluralNounAhead(text string, e, max int) bool {
	for i := 0; i < max; i++ {
		if pluralNounAt(text, e) {
			return true
		}
		if w, k, _ := wordAt(text, e); k == e+1 && (w == "personnel" || w == "staff" || w == "police") {
			return true // "2 injured personnel": a plural of its own
		}
		k := skipSpace1(text, e)
		if k == e || k >= len(text) || !isLetter(text[k]) || isUpper(text[k]) {
			return false
		}
		ke := wordEnd(text, k)
		w := strings.ToLower(text[k:ke])
		if stopWords[w] || isNumberWord(w) || months[w] || casualtyWords[w] {
			return false
		}
		e = ke
	}
	return false
}

// properPlurals are capitalised plurals that name people a briefing counts: service members
// as the services write them, and nationals.
var properPlurals = fieldSet(`Marines Soldiers Sailors Airmen Guardsmen Guardians Rangers SEALs
Confederates Federals Rebels Yankees Redcoats Loyalists Hessians Continentals
Berets Raiders Americans Afghans Iraqis Syrians Kurds Yazidis Turkmen Peshmerga Ukrainians Russians Somalis
Texans Alaskans Kansans Oklahomans Nebraskans Louisianans Arizonans Coloradans Ricans Guamanians
Gazans Cypriots Damascenes Aleppans Druze
Yemenis Libyans Filipinos Koreans Israelis Palestinians Iranians Saudis Poles Britons
Canadians Australians Europeans Africans Nigeriens Malians Emiratis Kuwaitis Jordanians
Turks Germans Italians Estonians Latvians Lithuanians Romanians Georgians Haitians Cubans
Venezuelans Hondurans Guatemalans Salvadorans Nicaraguans Mexicans Colombians Ecuadorians
Dominicans Jamaicans Bahamians Eritreans Ethiopians Pakistanis Bangladeshis
Tunisians Egyptians Moroccans Algerians Indians Nepalis Thais Indonesians Malaysians Lankans
Lebanese Vietnamese Chinese Japanese Sudanese Burmese Congolese Senegalese Taiwanese Nepalese
Portuguese Maltese Togolese Guyanese Scots Welsh Serbs Croats Bosniaks Bosnians Albanians Kosovars
Macedonians Montenegrins Slovenians Slovenes Bulgarians Hungarians Czechs Slovaks Greeks Armenians
Azerbaijanis Belarusians Moldovans Danes Norwegians Swedes Finns Spaniards Belgians Austrians
Brazilians Argentines Chileans Peruvians Kenyans Ugandans Rwandans Burundians Ghanaians Chadians
Cameroonians Tanzanians Zimbabweans Qataris Bahrainis Omanis Uzbeks Tajiks Kazakhs Mongolians
Cambodians Laotians Singaporeans Fijians Tongans Samoans Zealanders Houthis Pashtuns Hazaras
Arabs Sunnis Shias Shiites Alawites Druze Tamils Rohingya Burkinabe Mauritanians Liberians
Leoneans Gambians Guineans Ivorians Beninese Nigerians Sudanese Djiboutians Taliban
Uighurs Uyghurs Tuaregs Tatars Baluchis Balochs Chechens Circassians Assyrians Chaldeans Copts
Maronites Bedouins Berbers Amazighs Tigrayans Amharas Oromos Afars Somalilanders Hutus Tutsis
Fulani Hausas Igbos Yorubas Karens Kachins Shans Hmong Montagnards Moros Acehnese Papuans
Ossetians Abkhaz Azeris Ingush Dagestanis Kyrgyz Turkmens Baloch Sikhs Hindus Muslims Christians
Seabees Paratroopers Commandos Legionnaires Bersaglieri Mozambicans Angolans Zambians Namibians Malawians
Mauritians Comorans Malagasy Botswanans Zanzibaris`)

// equipmentPlurals are capitalised plurals that name weapons and vehicles as briefings count
// them ("31 Abrams", "300 Bradleys", "two Patriots"), and decorations ("two Bronze Stars"), with
// their singular.
var equipmentPlurals = map[string]string{
	"Abrams": "Abrams", "Bradleys": "Bradley", "Strykers": "Stryker", "Humvees": "Humvee",
	"Leopards": "Leopard", "Challengers": "Challenger", "Marders": "Marder", "Gepards": "Gepard",
	"Paladins": "Paladin", "Patriots": "Patriot", "Javelins": "Javelin", "Stingers": "Stinger",
	"Tomahawks": "Tomahawk", "Harpoons": "Harpoon", "Hellfires": "Hellfire", "Switchblades": "Switchblade",
	"Reapers": "Reaper", "Apaches": "Apache", "Chinooks": "Chinook", "Ospreys": "Osprey",
	"Hornets": "Hornet", "Hawks": "Hawk", "Seahawks": "Seahawk", "Raptors": "Raptor", "Warthogs": "Warthog", "Predators": "Predator",
	"Typhoons": "Typhoon", "Eurofighters": "Eurofighter", "Rafales": "Rafale", "Gripens": "Gripen",
	"Tornados": "Tornado", "Mirages": "Mirage", "Harriers": "Harrier", "Boxers": "Boxer",
	"Hercules": "Hercules", "Atlas": "Atlas", "Globemasters": "Globemaster",
	"Spitfires": "Spitfire", "Lancasters": "Lancaster", "Dakotas": "Dakota", "Shermans": "Sherman",
	"Rosomaks": "Rosomak", "Krabs": "Krab", "Caesars": "Caesar", "Pioruns": "Piorun", "Pumas": "Puma",
	"Lynxes": "Lynx", "Redbacks": "Redback", "Warriors": "Warrior", "Ajaxes": "Ajax", "Foxhounds": "Foxhound",
	"Jackals": "Jackal", "Bushmasters": "Bushmaster", "Mastiffs": "Mastiff", "Cougars": "Cougar",
	"Blackhawks": "Blackhawk", "Kiowas": "Kiowa", "Cobras": "Cobra", "Vipers": "Viper", "Growlers": "Growler",
	"Hawkeyes": "Hawkeye", "Poseidons": "Poseidon",
	"Kinzhals": "Kinzhal", "Kalibrs": "Kalibr", "Sarmats": "Sarmat", "Iskanders": "Iskander", "Shaheds": "Shahed",
	"Shadows": "Shadow", "Minutemen": "Minuteman", "Tridents": "Trident", "Oreshniks": "Oreshnik", "Boreis": "Borei",
	"Coyotes": "Coyote", "Ghosts": "Ghost", "Lancets": "Lancet", "Gerans": "Geran", "Iskander-Ms": "Iskander-M",
	"MiGs": "MiG", "Phantoms": "Phantom", "Sabres": "Sabre", "Sabers": "Saber", "Hueys": "Huey", "Sunderlands": "Sunderland",
	"Titans": "Titan", "Skymasters": "Skymaster", "Starfighters": "Starfighter", "Thunderchiefs": "Thunderchief",
	"Skyraiders": "Skyraider", "Corsairs": "Corsair", "Intruders": "Intruder", "Tomcats": "Tomcat", "Falcons": "Falcon",
	"Mustangs": "Mustang", "Thunderbolts": "Thunderbolt", "Halifaxes": "Halifax", "Canberras": "Canberra", "Jupiters": "Jupiter",
	"Thors": "Thor", "Pershings": "Pershing", "Lightnings": "Lightning", "Badgers": "Badger", "Bears": "Bear",
	"Excaliburs": "Excalibur", "Sidewinders": "Sidewinder", "Mavericks": "Maverick", "Eagles": "Eagle", "Ravens": "Raven",
	"Roadrunners": "Roadrunner", "Sentinels": "Sentinel", "Avengers": "Avenger",
	"Scuds": "Scud", "Jaguars": "Jaguar", "Exocets": "Exocet", "Hinds": "Hind", "Frogs": "Frog", "Silkworms": "Silkworm",
	"Nighthawks": "Nighthawk", "Stratofortresses": "Stratofortress", "Lancers": "Lancer", "Spirits": "Spirit",
	"Vikings": "Viking", "Prowlers": "Prowler", "Buccaneers": "Buccaneer", "Knights": "Knight", "Stallions": "Stallion",
	"Sparrows": "Sparrow", "Flankers": "Flanker", "Fulcrums": "Fulcrum", "Backfires": "Backfire",
	// decorations: "two Bronze Stars", "three Purple Hearts", "17 Medals of Honor", "Navy Crosses"
	"Stars": "Star", "Hearts": "Heart", "Crosses": "Cross", "Medals": "Medal",
}

// properPlural reports whether w is one of properPlurals or equipmentPlurals.
func properPlural(w string) bool {
	if len(w) > 6 && isUpper(w[0]) && isLower(w[1]) && (strings.HasSuffix(w, "ers") || strings.HasSuffix(w, "ians")) {
		return true // people of a place: "Berliners", "Marylanders", "Kosovians"
	}
	if !properPluralFilter.mayHave(w) {
		return false
	}
	if properPlurals[w] {
		return true
	}
	_, ok := equipmentPlurals[w]
	return ok
}

// fieldSet makes a set of the words of s.
func fieldSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// calibreEnd returns the end of a calibre at k ("120mm", "155 mm", "120-mm", "7.62mm")
// followed by a space and a lower-case word, or k when there is none.
func calibreEnd(text string, k int) int {
	i := k
	for i < len(text) && i-k < 6 && (isDigit(text[i]) || text[i] == '.' && i > k) {
		i++
	}
	if i == k {
		return k
	}
	mm := i
	if i+1 < len(text) && (text[i] == ' ' || text[i] == '-') {
		mm = i + 1 // "155 mm shells", "120-mm mortars"
	}
	if i < len(text) && strings.HasPrefix(text[i:], "-inch ") && i+6 < len(text) && isLower(text[i+6]) && nounWithin2(text, i+5, munitionNouns) {
		return i + 5 // "three 4.2-inch mortars": a bore in inches before a weapon
	}
	if !strings.HasPrefix(text[mm:], "mm ") || mm+3 >= len(text) || !isLetter(text[mm+3]) || isUpper(text[mm+3]) {
		return k
	}
	return mm + 2
}

// numberCompoundEnd returns the end of a number in digits joined by a hyphen to a lower-case
// word at k ("30-round", "2,000-pound", "10-day") followed by a space and a word ("bombs",
// "JDAMs"), or k when there is none.
func numberCompoundEnd(text string, k int) int {
	i := k
	for i < len(text) && i-k < 8 && (isDigit(text[i]) || (text[i] == ',' || text[i] == '.') && i > k && i+1 < len(text) && isDigit(text[i+1])) {
		i++ // ("2.5-ton trucks": a decimal too)
	}
	if i == k || i+1 >= len(text) || text[i] != '-' || !isLower(text[i+1]) {
		return k
	}
	e := compoundEnd(text, i+1, wordEnd(text, i+1))
	if e+1 >= len(text) || text[e] != ' ' || !isLetter(text[e+1]) {
		return k
	}
	return e
}

// restatedCompoundCount returns the noun a bare number ending at e counts across a measure
// joined to a noun by a hyphen and its restatement in brackets: "seven 500-pound (227-kilogram)
// precision-guided bombs", "four 8,500-foot (2,600-meter) runways", "45 2,000-pound
// [907-kilogram] Joint Direct Attack Munitions". The measure and its
// restatement stay figures of their own, checked against each other; the number counts the
// noun after them.
func restatedCompoundCount(text string, e int) (nounPhrase, bool) {
	k := e + 1
	if k >= len(text) || text[e] != ' ' || !isDigit(text[k]) {
		return nounPhrase{}, false
	}
	i := k
	for i < len(text) && i-k < 8 && (isDigit(text[i]) || text[i] == ',' && i+1 < len(text) && isDigit(text[i+1]) || text[i] == '.' && i+1 < len(text) && isDigit(text[i+1])) {
		i++
	}
	if i+1 >= len(text) || text[i] != '-' || !isLower(text[i+1]) {
		return nounPhrase{}, false
	}
	c := compoundEnd(text, i+1, wordEnd(text, i+1))
	if c+2 >= len(text) || text[c] != ' ' || text[c+1] != '(' && text[c+1] != '[' || !isDigit(text[c+2]) {
		return nounPhrase{}, false
	}
	closing := byte(')')
	if text[c+1] == '[' {
		closing = ']'
	}
	close := strings.IndexByte(text[c+2:], closing)
	if close < 0 || close > 40 {
		return nounPhrase{}, false
	}
	q := c + 2 + close + 1
	if q+1 >= len(text) || text[q] != ' ' || !isLetter(text[q+1]) {
		return nounPhrase{}, false
	}
	return countNoun(text, q, false, true)
}

// pluralModifiers are plurals that modify a singular noun after "one": "one weapons cache",
// "one arms depot", "one explosives lab", "one communications node", "one operations center".
var pluralModifiers = fieldSet(`weapons arms explosives communications operations logistics munitions
supplies sports parts systems ordnance`)

// modifierLike reports whether a word after "one" reads as a modifier of a noun that follows
// rather than as the noun: a hyphenated compound ("anti-ship", "surface-to-air") or an
// adjective in -ic or -al ("ballistic", "tactical"), when a lower-case word follows it.
func modifierLike(w string) bool {
	if strings.IndexByte(w, '-') > 0 {
		return true
	}
	return len(w) > 4 && (strings.HasSuffix(w, "ic") || strings.HasSuffix(w, "al"))
}

// singularNounAt reports whether a space and a word that reads as a singular noun follow e, so
// that the word before it, after "one", modifies it ("one cruise missile", "one patrol boat").
// A word reads as one when it is in lower case and no stop word, number or month, and ends
// neither as a plural or a verb in -s does, nor in -ed, -ing or -ly; when it is no past tense
// of the irregular verbs (irregularPasts: "one strike hit"); and when no determiner follows
// it ("one missile struck the ship").
func singularNounAt(text string, e int) bool {
	k := skipSpace1(text, e)
	if k != e+1 || k >= len(text) || !isLower(text[k]) {
		return false
	}
	m := compoundEnd(text, k, wordEnd(text, k))
	if m < len(text) && (isDigit(text[m]) || text[m] == '\'') {
		return false
	}
	w := text[k:m]
	switch {
	case stopWords[w], isNumberWord(w), months[w], irregularPasts[w], adverb(w):
		return false
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "ed"),
		strings.HasSuffix(w, "ing") && !ingCountNouns[w], strings.HasSuffix(w, "ly"):
		return false
	}
	return !determinerFollows(text, m)
}

// ingCountNouns are nouns in -ing that a count names as it names other units: "one air
// expeditionary wing", "one fighter wing", "one office building".
var ingCountNouns = fieldSet(`wing building landing crossing ring string spring thing king siding mooring ceiling
briefing hearing meeting bombing shooting warning opening finding ruling rating swing sling`)

// irregularPasts are past tenses of common irregular verbs, which may follow a counted noun as
// its verb: "one strike hit", "one drone fell", "one ship sank".
var irregularPasts = fieldSet(`hit struck sank shot flew fell came went took made left led ran saw died dug fought flown
held lost won sent spent built got gave found kept met paid put set stood thought brought bought
caught fought began broke drove grew knew rode rose spoke threw wore wrote blew drew hung lay
meant slept sold stuck fled fed bled dealt dug hid burst cut let quit shut spread split beat
became told said`)

// pastNouns are irregular past tenses that are nouns too, and so may be what "one" counts
// ("one hit", "one set of plates").
var pastNouns = fieldSet(`hit shot set cut let spread split beat lay hung fed dealt dug hid burst stuck wore quit shut made found`)

// determinerFollows reports whether a determiner follows e after a space ("... another",
// "... the").
func determinerFollows(text string, e int) bool {
	k := skipSpace1(text, e)
	if k == e {
		return false
	}
	switch strings.ToLower(text[k:wordEnd(text, k)]) {
	case "another", "the", "a", "an", "its", "their", "his", "her", "each", "every", "this", "that", "these", "those":
		return true
	}
	return false
}

// dottedAcronymEnd returns the end of an acronym written with full stops at k ("U.S.", "U.K."),
// or k+1 when there is none.
func dottedAcronymEnd(text string, k int) int {
	e := k
	for e+1 < len(text) && isUpper(text[e]) && text[e+1] == '.' {
		e += 2
	}
	if e-k < 4 || e < len(text) && isLetter(text[e]) {
		return k + 1
	}
	return e
}

// plural reports whether a lower-case word looks like a plural noun.
func plural(w string) bool {
	n := len(w)
	if regularPlural(w) {
		return true // the common case first: no table is looked at
	}
	if irregularFilter.mayHave(w) {
		if _, ok := irregular[w]; ok {
			return true
		}
	}
	return n > 0 && w[n-1] == 'n' && (menPlural(w) || childrenPlural(w)) // "airmen", "seamen", "riflemen"; "grandchildren"
}

// regularPlural reports whether w ends in an "s" that makes a plural: not in "ss", "us", "is",
// "ous", "'s" or "ics".
func regularPlural(w string) bool {
	n := len(w)
	if n < 3 || w[n-1] != 's' {
		return false
	}
	switch {
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"),
		strings.HasSuffix(w, "ous"), strings.HasSuffix(w, "'s"), strings.HasSuffix(w, "ics"):
		return false
	case w == "gas" || w == "canvas" || w == "atlas" || w == "alias" || w == "bias" || w == "chaos" || w == "lens":
		return false // singulars in -s: "oil and gas infrastructure targets", "300 canvas tents"
	}
	return true
}

// menPlural reports whether a lower-case word of six letters or more in -men is the plural of
// one in -man, as "airmen", "seamen", "riflemen" and "tribesmen" are; a few singulars end so
// ("specimen", "abdomen", "regimen").
func menPlural(w string) bool {
	n := len(w)
	if n < 6 || w[n-3:] != "men" {
		return false
	}
	switch w {
	case "specimen", "abdomen", "regimen", "stamen", "acumen", "cerumen", "albumen", "bitumen",
		"foramen", "dolmen", "gravamen", "cognomen", "agnomen", "praenomen", "germen":
		return false
	}
	return true
}

// childrenPlural reports whether a lower-case word is a compound of "children":
// "grandchildren", "schoolchildren", "stepchildren".
func childrenPlural(w string) bool {
	return len(w) > len("children") && strings.HasSuffix(w, "children")
}

// Lemma returns the singular of a lower-case plural noun: "strikes" → "strike", "casualties" →
// "casualty", "people" → "person", "boxes" → "box". Words that are not plural come back unchanged.
func Lemma(w string) string {
	stem, suffix := lemma(w)
	if suffix == "" {
		return stem
	}
	return stem + suffix
}

// lemma returns the singular of w as a part of w, or of the irregular table, and an ending to
// add to it ("casualties" → "casualt", "y"), so that a caller can build it without allocating.
func lemma(w string) (stem, suffix string) {
	if irregularFilter.mayHave(w) {
		if l, ok := irregular[w]; ok {
			return l, ""
		}
	}
	n := len(w)
	if menPlural(w) {
		return w[:n-2], "an" // "airmen" → "airman"
	}
	if childrenPlural(w) {
		return w[:n-3], "" // "grandchildren" → "grandchild"
	}
	if n < 3 || w[n-1] != 's' || !plural(w) {
		return w, ""
	}
	switch {
	case strings.HasSuffix(w, "ies") && n > 4:
		return w[:n-3], "y"
	case strings.HasSuffix(w, "ves") && n > 4:
		stem := w[:n-3]
		if strings.HasSuffix(stem, "l") || strings.HasSuffix(stem, "ar") || strings.HasSuffix(stem, "ea") {
			return stem, "f" // wolves, wharves, leaves
		}
		if strings.HasSuffix(stem, "wi") || strings.HasSuffix(stem, "kni") {
			return stem, "fe" // midwives, penknives; but representatives, explosives
		}
		return w[:n-1], ""
	case strings.HasSuffix(w, "aches") && n >= 6 && !isVowel(w[n-6]):
		return w[:n-1], "" // "caches", "headaches": the singular ends in -ache (not "coaches")
	case cheSingulars[w[:n-1]]:
		return w[:n-1], "" // "tranches", "niches", "avalanches"
	case strings.HasSuffix(w, "zes") && n > 4 && isVowel(w[n-4]):
		return w[:n-1], "" // "kamikazes", "prizes", "fuzes": the singular ends in -ze (not "blitzes")
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "zes"),
		strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"):
		return w[:n-2], ""
	case strings.HasSuffix(w, "oes") && n > 5:
		return w[:n-2], ""
	}
	return w[:n-1], ""
}

// cheSingulars are nouns in -che, whose plural takes an s, not "es" as nouns in -ch do
// ("tranches", not "branches"; "caches" and "headaches" are found by their "-aches").
var cheSingulars = fieldSet(`tranche niche avalanche cliche quiche psyche creche microfiche brioche`)

// adverb reports whether a lower-case word ends as adverbs do and nouns do not: "usually",
// "obviously", "currently", "possibly" (but not "rally" or "family").
func adverb(w string) bool {
	if len(w) < 6 {
		return false
	}
	for _, suf := range [...]string{"ally", "ously", "ently", "antly", "ively", "ably", "ibly", "ately"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// modelEnd returns the end of a model's designation at k followed by a space ("B-52
// bombers"), or k when there is none.
func modelEnd(text string, k int) int {
	if m := designationEnd(text, k); m > k && m < len(text) && text[m] == ' ' {
		return m
	}
	return k
}

// designationEnd returns the end of a model's designation at k: one to four letters, the
// first a capital (with a slash, "F/A"), and a number, joined by a hyphen that letters in
// lower case require, then up to three capitals and digits: "B-52", "F-35", "MQ-9", "AH-64",
// "F/A-18", "B-1B", "M1", "M1A2", "MiG-29", "Su-27", "Su-30MKI"; or a capitalised name of up to ten
// letters, a hyphen and a number: "Shahed-136", "Geran-2", "COVID-19". It returns k when there
// is none.
func designationEnd(text string, k int) int {
	if k >= len(text) || !isUpper(text[k]) {
		return k
	}
	j, lower := k+1, false
	for j < len(text) && j-k < 10 && isLetter(text[j]) && text[j] < 0x80 {
		lower = lower || !isUpper(text[j])
		j++
	}
	if j-k > 4 && (j+1 >= len(text) || text[j] != '-' || !isDigit(text[j+1]) && !(j+2 < len(text) && isUpper(text[j+1]) && isDigit(text[j+2]))) {
		return k // a longer name takes a hyphen and a number: "Shahed-136", "Geran-2", "COVID-19"
	}
	if !lower && j+1 < len(text) && text[j] == '/' && isUpper(text[j+1]) { // "F/A-18"
		j += 2
		for j < len(text) && isUpper(text[j]) && j-k < 6 {
			j++
		}
	}
	if j < len(text) && text[j] == '-' {
		j++
	} else if lower {
		return k // "MiG-29", "Su-27" take a hyphen; "Mosul 2" is no model
	}
	if j+1 < len(text) && text[j-1] == '-' && isUpper(text[j]) && (isDigit(text[j+1]) || j+2 < len(text) && isUpper(text[j+1]) && isDigit(text[j+2])) {
		// a capital or two before the number: "Tor-M1", "Pantsir-S1", "Buk-M2"
		j++
		if isUpper(text[j]) {
			j++
		}
	}
	d := j
	for j < len(text) && isDigit(text[j]) && j-d < 4 {
		j++
	}
	if j == d {
		return k
	}
	for n := 0; n < 5 && j < len(text) && isUpper(text[j]); n++ {
		j++ // "B-1B", "M1A2", "Su-30MKI", "M1A1FEP"
		for j < len(text) && isDigit(text[j]) && n < 2 {
			j++
		}
	}
	if j+1 < len(text) && text[j] == '/' && isUpper(text[j-1]) && isUpper(text[j+1]) &&
		(j+2 == len(text) || !isLetter(text[j+2]) || text[j+2] == 's') {
		j += 2 // variants after a slash: "F/A-18E/F"
	}
	for n := 0; n < 2 && j+1 < len(text) && text[j] == '-'; n++ {
		// further parts in capitals and digits: "T700-GE-701D", "AIM-120D-3", "RGM-84L-4"
		m := j + 1
		for m < len(text) && m-j <= 5 && (isUpper(text[m]) || isDigit(text[m])) {
			m++
		}
		if m == j+1 || m-j > 5 || m < len(text) && isLetter(text[m]) {
			break
		}
		j = m
	}
	if j+1 < len(text) && text[j] == '/' && isUpper(text[j+1]) && (j+2 == len(text) || !isLetter(text[j+2])) && isDigit(text[j-1]) {
		j += 2 // a bomb's or a store's variant: "GBU-53/B"
	}
	return j
}

// namedModelEnd returns the end of a model named by a capitalised word text[k:e] and a number
// of one or two digits, with up to two capitals and digits after it, before a word in lower
// case: "Challenger 2 tanks", "Leopard 2A6 tanks". It returns k when there is none.
func namedModelEnd(text string, k, e int) int {
	if e-k < 3 && text[k:e] != "Mk" || !isUpper(text[k]) || !isLower(text[k+1]) || e+2 >= len(text) || text[e] != ' ' {
		return k
	}
	r := romanEnd(text, e+1)
	if r == e+1 && text[e+1] == 'I' && e+2 < len(text) && text[e+2] == ' ' && numeralOneHeads[text[k:e]] {
		r = e + 2 // "World War I dead", "Mark I tanks": a one, not the pronoun
	}
	if r > e+1 {
		// a Roman numeral: "Mk VI patrol boats", "Trident II D5 missiles"
		j := r
		if j+1 < len(text) && text[j] == ' ' {
			if m := designationEnd(text, j+1); m > j+1 {
				j = m
			}
		}
		if j+1 >= len(text) || text[j] != ' ' || !isLower(text[j+1]) {
			return k
		}
		return j
	}
	if !isDigit(text[e+1]) {
		return k
	}
	j := e + 1
	for j < len(text) && isDigit(text[j]) && j-e <= 4 {
		j++ // "Challenger 2", "Mirage 2000D"
	}
	for n := 0; n < 4 && j < len(text) && (isUpper(text[j]) || isDigit(text[j])); n++ {
		j++ // "Leopard 2A4", "Leopard 2A7HU"
	}
	if j+2 < len(text) && text[j] == '/' && isDigit(text[j+1]) && text[k:e] == "Block" {
		for j++; j < len(text) && isDigit(text[j]); j++ { // "Block 70/72"
		}
	}
	if j-e > 8 || j+1 >= len(text) || text[j] != ' ' || !isLower(text[j+1]) && !(text[k:e] == "Title" && properPluralAt(text, j)) {
		return k // (a status's people may follow: "7,000 Title 32 Guardsmen")
	}
	return j
}

// acronymNumberEnd returns the end of a class or a hull named by an acronym and a number at k,
// text[k:e] being the acronym, before a word that is no unit: "DDG 51 destroyers", "CVN 78
// carriers". It returns k when there is none ("two HIMARS 12 miles away").
func acronymNumberEnd(text string, k, e int) int {
	if e-k < 2 || e-k > 5 || !allCapitals(text[k:e]) || notCounted[text[k:e]] || e+2 >= len(text) || text[e] != ' ' || !isDigit(text[e+1]) {
		return k
	}
	j := e + 1
	for j < len(text) && isDigit(text[j]) {
		j++
	}
	if j-e > 5 || j+1 >= len(text) || text[j] != ' ' || !isLetter(text[j+1]) {
		return k
	}
	if u, ok := matchUnit(text, j); ok && u.info.unit != "" {
		return k
	}
	return j
}

// numeralOneHeads are the capitalised words after which a lone "I" is a Roman one: see
// namedModelEnd.
var numeralOneHeads = fieldSet(`War Mark Mk Phase Block Flight Tranche Increment Type Class Model Series Stage Level`)

// romanEnd returns the end of a Roman numeral from II to XXXIX at k, a word of the capitals I,
// V and X ("II", "VI", "XII"; not "I", the pronoun), or k.
func romanEnd(text string, k int) int {
	j := k
	for j < len(text) && j-k < 6 && (text[j] == 'I' || text[j] == 'V' || text[j] == 'X') {
		j++
	}
	if j == k || j == k+1 && text[k] == 'I' || j < len(text) && (isLetter(text[j]) || isDigit(text[j])) {
		return k
	}
	return j
}

// namedModelBefore reports whether the number n with an "s" touching it is the plural of a
// model named by the capitalised word before it, which does not open a sentence ("the
// Switchblade 600s arrived"; not "Within 30s").
func namedModelBefore(text string, n num, last int) bool {
	prev, ps := wordBefore(text, n.start, true)
	return prev != "" && ps >= last && ps+len(prev)+1 == n.start && namedModelPluralEnd(text, ps, ps+len(prev)) == n.end+1 && !sentenceStart(text, ps)
}

// namedModelPluralEnd returns the end of a model named by a capitalised word and a number in
// the plural at k, text[k:e] being the word: "Switchblade 600s", "Leopard 2s", "Patriot PAC-3s"
// not included; the number has one to four digits and an "s" touching it ends the word. It
// returns k when there is none.
func namedModelPluralEnd(text string, k, e int) int {
	if e-k < 4 || !isUpper(text[k]) || !isLower(text[k+1]) || e+2 >= len(text) || text[e] != ' ' || !isDigit(text[e+1]) {
		return k
	}
	if w := text[k:e]; months[strings.ToLower(w)] || designators[strings.ToLower(w)] {
		return k // "June 30s", "Article 15s"
	}
	j := e + 1
	for j < len(text) && isDigit(text[j]) {
		j++
	}
	if j-e-1 > 4 || j >= len(text) || text[j] != 's' || j+1 < len(text) && (isLetter(text[j+1]) || isDigit(text[j+1])) {
		return k
	}
	return j + 1
}

// modelPluralEnd returns the end of a model's designation in the plural at k, its number
// followed by a lower-case "s" that ends the word ("F-16s", "B-52s", "MQ-9s"), or k.
func modelPluralEnd(text string, k int) int {
	m := designationEnd(text, k)
	if m == k || m >= len(text) || text[m] != 's' {
		return k
	}
	// the designation ends in a digit, or in one or two capitals after a digit or a slash
	// ("F-16s", "F-35As", "F-15EXs", "F/A-18E/Fs")
	b := m - 1
	for n := 0; n < 2 && b > k && isUpper(text[b]) && (isDigit(text[b-1]) || text[b-1] == '/' || isUpper(text[b-1])); n++ {
		b--
	}
	if b == m-1 && !isDigit(text[b]) || b < m-1 && !isDigit(text[b]) && text[b] != '/' {
		return k
	}
	if m+1 < len(text) && (isLetter(text[m+1]) || isDigit(text[m+1])) {
		return k
	}
	return m + 1
}

// acronymNoun reports whether w is an acronym that can be counted on its own: three or more
// capitals ("NASAMS", "HIMARS"), or two or more and a plural s ("IEDs", "UAVs"), and not a
// time zone or an era ("UTC", "GMT", "BCE").
func acronymNoun(w string) bool {
	if notCountedFilter.mayHave(w) && notCounted[w] {
		return false
	}
	if len(w) >= 3 && w[len(w)-1] == 's' && allCapitals(w[:len(w)-1]) {
		return !notCounted[w[:len(w)-1]]
	}
	if h := strings.IndexByte(w, '-'); h >= 2 && len(w) >= 6 && w[len(w)-1] == 's' && allCapitals(w[:h]) && allCapitals(w[h+1:len(w)-1]) {
		return true // an acronym and its variant's, in the plural: "JASSM-ERs"
	}
	return len(w) >= 3 && allCapitals(w)
}

// properPluralAt reports whether a space and a capitalised plural that names people follow e
// ("two wounded Marines").
func properPluralAt(text string, e int) bool {
	k := skipSpace1(text, e)
	return k == e+1 && k < len(text) && isUpper(text[k]) && properPlural(text[k:wordEnd(text, k)])
}

// ofNameEnd returns the end of a name of capitalised words joined by "of" at k ("Department
// of Defense", "Department of Homeland Security"), when a word in lower case follows it, or k
// when there is none.
func ofNameEnd(text string, k int) int {
	e := wordEnd(text, k)
	if e == k || !isUpper(text[k]) || !strings.HasPrefix(text[e:], " of ") {
		return k
	}
	m := e + len(" of ")
	if m >= len(text) || !isUpper(text[m]) {
		return k
	}
	end := wordEnd(text, m)
	for n := 0; n < 2 && end+1 < len(text) && text[end] == ' ' && isUpper(text[end+1]); n++ {
		end = wordEnd(text, end+1) // "Homeland Security"
	}
	if !lowerWordFollows(text, end) {
		return k
	}
	return end
}

// nationAdjective reports whether a capitalised word is a nation's adjective that is no
// plural ("American", "Filipino", "Japanese", "British", "U.S."): in a list of such words
// before a noun, each modifies it.
func nationAdjective(w string) bool {
	switch w {
	case "U.S.", "U.K.", "US", "UK", "NATO":
		return true
	}
	if len(w) < 4 || !isUpper(w[0]) || allCapitals(w) {
		return false
	}
	for i := 1; i < len(w); i++ {
		if !isLower(w[i]) {
			return false
		}
	}
	for _, suf := range [...]string{"an", "ese", "ish", "ch", "ino", "ian", "i", "ic", "ean"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// nationWordEnd returns the end of the word at k, a dotted acronym's with its dots ("U.S.").
func nationWordEnd(text string, k int) int {
	if e := dottedAcronymEnd(text, k); e > k+1 {
		return e
	}
	return wordEnd(text, k)
}

// seriesNumberEnd returns the end of a production series's word and its number at k, whose
// word ends at e, when a model's designation follows ("Block 20 F-22s", "Lot 15 F-35As", "Block
// 70/72 F-16s") or, but after "Increment", a plural noun ("Tranche 1 satellites", "Flight III
// destroyers"; not "Increment 2 launchers"), or k when there is none.
func seriesNumberEnd(text string, k, e int) int {
	switch text[k:e] {
	case "Block", "Lot", "Batch", "Increment", "Tranche", "Flight":
	default:
		return k
	}
	n := skipSpace1(text, e)
	if n == e {
		return k
	}
	m := n
	for m < len(text) && (isDigit(text[m]) || m > n && isUpper(text[m])) {
		m++
	}
	if m > n && m+2 < len(text) && text[m] == '/' && isDigit(text[m+1]) {
		for m++; m < len(text) && isDigit(text[m]); m++ { // "Block 70/72"
		}
	}
	if r := romanEnd(text, n); m == n && r > n && r-n <= 4 {
		m = r // "Flight III", "Block II"
	}
	if m == n || m-n > 6 || !isDigit(text[n]) && !isUpper(text[n]) {
		return k
	}
	if d := skipSpace1(text, m); d == m || d >= len(text) || designationEnd(text, d) == d && !(text[k:e] != "Increment" && isLower(text[d]) && pluralNounAt(text, m)) {
		return k
	}
	return m
}

// variantEnd returns the end of a model's variant at k ("SEPv3", "V4"), or k when there is
// none: up to eight letters and digits, the first a capital, with a digit among them,
// followed by a space.
func variantEnd(text string, k int) int {
	if k >= len(text) || !isUpper(text[k]) {
		return k
	}
	m, digit := k, false
	for m < len(text) && m-k <= 8 && (isLetter(text[m]) && text[m] < 0x80 || isDigit(text[m])) {
		digit = digit || isDigit(text[m])
		m++
	}
	if !digit || m-k > 8 || m >= len(text) || text[m] != ' ' {
		return k
	}
	return m
}

// notCounted are acronyms that follow a number without being what it counts.
var notCounted = map[string]bool{"UTC": true, "GMT": true, "EST": true, "EDT": true, "CST": true, "CDT": true,
	"MST": true, "MDT": true, "PST": true, "PDT": true, "CET": true, "CEST": true, "BST": true, "AST": true,
	"BCE": true, "AD": true, "BC": true, "CE": true, "AM": true, "PM": true, "ET": true, "PT": true, "CT": true, "MT": true}

// allCapitals reports whether w has two or more letters, all capitals ("HIMARS").
func allCapitals(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// isVowel reports whether the byte c is a lower-case vowel.
func isVowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }

// b2i is 1 for true and 0 for false.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// adjectiveEnding reports whether w ends as adjectives do and nouns rarely: -ible, -able, -ous,
// -ful ("one responsible for", "one capable of").
func adjectiveEnding(w string) bool {
	for _, suf := range []string{"ible", "able", "ous", "ful"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// suspendedPairEnd returns the end of the hyphenated word that completes a suspended hyphen
// at k (" and medium-range", " or long-range"), or 0.
func suspendedPairEnd(text string, k int) int {
	for _, j := range [...]string{" and ", " or ", " to "} {
		if strings.HasPrefix(text[k:], j) {
			s := k + len(j)
			m := wordEnd(text, s)
			if ce := compoundEnd(text, s, m); ce > m {
				m = ce
			}
			if m > s && isLower(text[s]) && strings.IndexByte(text[s:m], '-') > 0 && m < len(text) && text[m] == ' ' {
				return m
			}
		}
	}
	return 0
}
