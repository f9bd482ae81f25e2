package place

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// inShipName reports whether token i is in a ship's name: a run of up to four capitalised
// words or initials, joined by spaces or an initial's dot (and perhaps a lower-case "of"),
// right after a ship prefix in capitals ("USS Gerald R. Ford", "USNS Comfort", "HMS Queen
// Elizabeth", "HMS Prince of Wales"), or, without an "of", right after a lower-case noun of a
// kind of ship ("the Brazilian frigate Independência", "the tanker Marlin Luanda": shipNouns),
// or after such a noun in the plural and another ship's name and "and" ("the destroyers Mason
// and Carney"), or after a flag's "-flagged" or "-registered" ("the Marshall Islands-flagged TRF
// Moss").
func (s *scanner) inShipName(i int) bool {
	of, and, list := false, false, false
	for k, n := i-1, 0; k >= 0 && n <= 8 && (n <= 4 || list); k, n = k-1, n+1 {
		if !s.toks[k].join && !s.quotedGap(k) {
			// a list of names after a plural: "the carriers Akagi, Kaga, Soryu and Hiryu"
			if !s.toks[k].upper || of || s.seg[s.toks[k].end:s.toks[k+1].start] != ", " {
				return false
			}
			list = true
		}
		if !s.toks[k].upper {
			// a plural noun names two ships: "the cutters Campbell and Venturous"
			w := s.word(k)
			plural := len(w) > 2 && w[len(w)-1] == 's' && shipNouns[w[:len(w)-1]]
			if (shipNouns[w] && !and && !list || plural) && !of && k+1 < len(s.toks) && !s.hyphenated(k) {
				return true
			}
			if w == "and" && !and && !of {
				and = true
				continue
			}
			if (w == "flagged" || w == "registered") && k > 0 && s.hyphenated(k-1) && !of {
				return true // "the Marshall Islands-flagged TRF Moss", "a Liberian-registered Galaxy Leader"
			}
			if w != "of" {
				return false
			}
			of = true
			continue
		}
		if s.toks[k].allUpper && shipPrefixes[s.word(k)] {
			return true
		}
	}
	return false
}

// shipNounBefore reports whether token i follows a noun of a kind of ship in lower case ("the
// boat Iran seized").
func (s *scanner) shipNounBefore(i int) bool {
	return i > 0 && s.toks[i-1].join && !s.toks[i-1].upper && shipNouns[s.word(i-1)]
}

// dateline reports whether tokens i to j, all in capitals, open a line (after an opening
// parenthesis at most) and are followed by a parenthesis, a comma or a dash, as a news
// dateline is ("NEW YORK (AP) -", "(NEW YORK) —", "WASHINGTON -- ").
func (s *scanner) dateline(i, j int) bool {
	for t := i; t <= j; t++ {
		if !s.toks[t].allUpper {
			return false
		}
	}
	lineFrom := 0
	if i > 0 {
		lineFrom = s.toks[i-1].end
	}
	before := s.seg[lineFrom:s.toks[i].start]
	if k := strings.LastIndexByte(before, '\n'); k >= 0 {
		before = before[k+1:]
	} else if i > 0 {
		// after a headline: "... assessors. DANIELSVILLE - The county"
		return s.sentenceStart(i) && (s.regionAfterComma(j) || s.dashAfter(j))
	}
	if strings.Trim(before, " \t\u00a0(") != "" {
		return false
	}
	rest := strings.TrimLeft(s.seg[s.toks[j].end:], " \u00a0")
	return strings.HasPrefix(rest, "(") || strings.HasPrefix(rest, ")") || strings.HasPrefix(rest, ",") || s.dashAfter(j)
}

// datelineAfter reports whether what follows token t is how a dateline goes on: a comma, a
// dash, a bracket ("KABUL (Reuters) -"), or the end of the line.
func (s *scanner) datelineAfter(t int) bool {
	rest := strings.TrimLeft(s.seg[s.toks[t].end:], " \u00a0")
	if rest == "" {
		return true
	}
	switch rest[0] {
	case ',', '\n', '\r', '-', '(':
		return true
	}
	return strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–")
}

// lineStart reports whether token t is the first of its line or segment.
func (s *scanner) lineStart(t int) bool {
	if t == 0 {
		return true
	}
	return strings.IndexByte(s.seg[s.toks[t-1].end:s.toks[t].start], '\n') >= 0
}

// attributive reports whether the name of tokens i..j, ending at byte end, is written before
// a noun that names who acts (actorNouns: "U.S. sailors", "U.S. Navy", "Greek officials"), not
// after a preposition of place ("in U.S. waters" is where).
func (s *scanner) attributive(i, end int) bool {
	if s.locative(i) || end+1 >= len(s.seg) {
		return false
	}
	poss := false
	for _, mark := range [...]string{"'s ", "’s "} {
		if strings.HasPrefix(s.seg[end:], mark) {
			end, poss = end+len(mark)-1, true // "Russia's forces", "Russia's advance"
		}
	}
	if s.seg[end] != ' ' {
		return false
	}
	k := end + 1
	for k < len(s.seg) && (s.seg[k] >= 'a' && s.seg[k] <= 'z' || s.seg[k] >= 'A' && s.seg[k] <= 'Z' || s.seg[k] == '-') {
		k++
	}
	w := strings.ToLower(s.seg[end+1 : k])
	return actorNouns[w] || poss && actionNouns[w]
}

// forceNouns, after a demonym, name armed forces, which fight abroad as often as at home
// ("Russian troops attacked Pokrovsk"); officials, police and envoys mostly serve where the
// text is ("an Egyptian official said"), so a demonym before them still votes for its country.
var forceNouns = wordSet(`forces force troops troop soldiers soldier sailors sailor marines marine airmen
paratroopers units unit army navy military warships warship ships submarines aircraft jets
bombers fighters drones missiles artillery tanks armor armour assault assaults offensive attack attacks
strikes shelling advance`)

// actionNouns, after a country's possessive, name what its forces do, and so say who acts, not
// where: "Russia's advance on Pokrovsk", "Iran's attack on Israel".
var actionNouns = wordSet(`advance advances offensive offensives invasion assault assaults attack attacks war
campaign strikes strike shelling bombardment missile missiles drone drones losses push buildup`)

// actorNouns follow a country's name that says who acts, not where: forces, their services
// and commands, officials and envoys, their ships and aircraft.
var actorNouns = wordSet(`air forces force troops troop sailors sailor soldiers soldier marines marine
airmen airman guardians servicemembers service personnel military militaries navy army
coast special command commands commander commanders officials official officers officer
diplomats diplomat envoy envoys ambassador embassy embassies delegation delegations government
administration president secretary defense defence department state lawmakers congress
warship warships ship ships vessels vessel destroyer destroyers carrier submarine submarines
aircraft jets jet fighters bombers bombers drones drone helicopters advisers advisors
trainers contractors citizens nationals hostages allies partners intelligence aid assistance
central european africa indo-pacific pacific northern southern cyber space strategic
transportation`)

// afterKin reports whether token i follows a possessive, "with", "and" or an age and a noun of
// kin, then a space or a comma ("his sister Chelsea", "Rozen's wife, Julia", "posed with husband
// Kanye", "a 3-year-old son, Sebastian").
func (s *scanner) afterKin(i int) bool {
	if i < 2 || s.toks[i-1].upper || !s.wordIn(kinNouns, kinNounShapes, i-1) {
		return false
	}
	if gap := s.seg[s.toks[i-1].end:s.toks[i].start]; gap != " " && gap != ", " {
		return false
	}
	before := s.seg[:s.toks[i-1].start]
	return (possessiveDeterminers[s.word(i-2)] || s.word(i-2) == "with" || s.word(i-2) == "and") && strings.HasSuffix(before, " ") ||
		strings.HasSuffix(before, "'s ") || strings.HasSuffix(before, "’s ") ||
		strings.HasSuffix(before, "-old ") // "a 3-year-old son, Sebastian"
}

// craftAhead reports whether a noun of aircraft or weapons follows the byte offset end of a
// name ("Hercules transports", "Chinook helicopters", "Puma unmanned aerial systems",
// "Tomahawk missiles"), after up to two words that say what kind ("Bradley fighting
// vehicles", "Apache attack helicopters", "Hercules recovery vehicles"), or of their crews
// ("Apache crews", "Black Hawk pilots"), or ends a list of such names that the name begins
// or belongs to ("Apache, Chinook and Black Hawk helicopters"). The name spans the bytes
// start to end.
func (s *scanner) craftAhead(start, end int) bool {
	// final: the list's "and" or "or" is behind, perhaps before the name ("Kupiansk and
	// Lyman, and NATO jets")
	before := s.seg[:start]
	k, final := end, strings.HasSuffix(before, " and ") || strings.HasSuffix(before, " or ")
	// listed: a list of three or more names is behind, whose last "and" or "or" may follow a
	// comma ("Apache, Chinook, and Black Hawk helicopters"); of two, not ("Lyman, and NATO
	// jets")
	listed := strings.HasSuffix(before, ", ")
	for names := 0; names < 6; names++ {
		if k+1 >= len(s.seg) || s.seg[k] != ' ' && s.seg[k] != ',' {
			return false
		}
		// a list's separator: ", ", " and ", " or ", ", and " or ", or "
		next := k
		if s.seg[next] == ',' {
			next++
		}
		rest := s.seg[next:]
		sep := false
		for _, p := range []string{" and ", " or "} {
			if strings.HasPrefix(rest, p) {
				next += len(p)
				sep = true
				break
			}
		}
		if !sep && s.seg[k] == ',' && strings.HasPrefix(rest, " ") {
			next++
			sep = true
		}
		if sep {
			// A list has one "and" or "or", before its last name; past it a new phrase
			// begins ("near Avdiivka, Bakhmut and Chasiv Yar, and NATO jets", no list of
			// models). So does a demonym ("Avdiivka, and Ukrainian drones").
			andOr := next-k > 2
			if final || andOr && s.seg[k] == ',' && !listed {
				return false
			}
			final, listed = andOr, listed || !andOr
			// the next name: one to three capitalised words joined by spaces or hyphens
			w, ok := capitalRun(s.seg[next:])
			if !ok || isDemonym(s.seg[next:next+w]) {
				return false
			}
			k = next + w
			continue
		}
		// the noun, after up to two words of its kind; a list's last name follows its "and"
		// or "or" ("Near Manbij, SDF fighters held" is no list of models)
		if names > 0 && !final {
			return false
		}
		k++
		e := k
		for e < len(s.seg) && (s.seg[e] >= 'A' && s.seg[e] <= 'Z' || s.seg[e] == 's' && e > k) {
			e++
		}
		if craftAcronyms[s.seg[k:e]] && (e == len(s.seg) || !(s.seg[e] >= 'a' && s.seg[e] <= 'z' || s.seg[e] >= 'A' && s.seg[e] <= 'Z')) {
			return true // "Puma UAS", "Stinger MANPADS"
		}
		for kinds := 0; ; kinds++ {
			e := k
			for e < len(s.seg) && s.seg[e] >= 'a' && s.seg[e] <= 'z' {
				e++
			}
			w := s.seg[k:e]
			if craftNouns[w] {
				return true
			}
			if kinds == 2 || !craftKinds[w] || e >= len(s.seg) || s.seg[e] != ' ' && s.seg[e] != '-' {
				return false
			}
			k = e + 1
		}
	}
	return false
}

// isDemonym reports whether w is one word that is a country's demonym ("Ukrainian").
func isDemonym(w string) bool {
	var buf [24]byte
	if len(w) > len(buf) || strings.IndexByte(w, ' ') >= 0 {
		return false
	}
	b := buf[:len(w)]
	for i := range len(w) {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return demonymCountryOf(b) != ""
}

// capitalRun returns the length of the one to three capitalised words (letters, digits and
// hyphens, joined by single spaces) that s begins with.
func capitalRun(s string) (int, bool) {
	n := 0
	for words := 0; words < 3; words++ {
		r, _ := utf8.DecodeRuneInString(s[n:])
		if !unicode.IsUpper(r) {
			break
		}
		e := n
		for e < len(s) {
			r, size := utf8.DecodeRuneInString(s[e:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' {
				break
			}
			e += size
		}
		n = e
		if n+1 < len(s) && s[n] == ' ' {
			if r, _ := utf8.DecodeRuneInString(s[n+1:]); unicode.IsUpper(r) {
				n++
				continue
			}
		}
		break
	}
	return n, n > 0
}

// warshipAhead reports whether the name starting at token i and ending at byte offset end
// stands between "the" and a noun of a warship ("the Moskva cruiser", "the Kursk submarine", "the
// Minsk landing ship": shipKinds),
// not one that goes on as a compound ("the Sevastopol submarine base": warshipCompounds).
func (s *scanner) warshipAhead(i, end int) bool {
	if i == 0 || s.word(i-1) != "the" || !s.toks[i-1].join || end+1 >= len(s.seg) || s.seg[end] != ' ' {
		return false
	}
	n := -1
	for k := i; k < len(s.toks); k++ {
		if s.toks[k].start > end {
			n = k
			break
		}
	}
	if n >= 0 && s.toks[n].start == end+1 && !s.toks[n].upper && s.carrierGroupAt(n) {
		return true // "the Shandong carrier group", "the Nimitz strike group"
	}
	if n >= 0 && n+1 < len(s.toks) && s.toks[n].start == end+1 && !s.toks[n].upper && shipKinds[s.word(n)] &&
		s.toks[n].join && (s.word(n+1) == "ship" || s.word(n+1) == "vessel") &&
		!(n+2 < len(s.toks) && s.toks[n+1].join && !s.toks[n+2].upper && warshipCompounds[s.word(n+2)]) {
		return true // "the Minsk landing ship", "the Ivanovets missile ship"
	}
	if n < 0 || s.toks[n].start != end+1 || s.toks[n].upper || !warshipNouns[s.word(n)] {
		return false
	}
	if s.toks[n].end < len(s.seg) && s.seg[s.toks[n].end] == '-' {
		return false
	}
	if n+1 < len(s.toks) && s.toks[n].join && !s.toks[n+1].upper && warshipCompounds[s.word(n+1)] {
		return false
	}
	return true
}

// carrierGroupAt reports whether the words from token n name a naval group called after its
// ship: "carrier group", "carrier strike group", "carrier battle group", "strike group".
func (s *scanner) carrierGroupAt(n int) bool {
	k := n
	if s.word(k) == "carrier" && k+1 < len(s.toks) && s.toks[k].join {
		k++
	}
	if (s.word(k) == "strike" || s.word(k) == "battle") && k+1 < len(s.toks) && s.toks[k].join {
		if k == n && s.word(k) == "battle" {
			return false // "the Mosul battle group" is no ship's
		}
		k++
	}
	return k > n && (s.word(k) == "group" || s.word(k) == "groups")
}

// warshipNouns and warshipCompounds: see warshipAhead.
// exerciseAhead reports whether the name of tokens i.. (ending at end) stands between a
// lower-case "the" and a noun of a military exercise.
func (s *scanner) exerciseAhead(i, end int) bool {
	if i == 0 || s.word(i-1) != "the" || !s.toks[i-1].join || end+1 >= len(s.seg) || s.seg[end] != ' ' {
		return false
	}
	k := end + 1
	for k < len(s.seg) && s.seg[k] >= 'a' && s.seg[k] <= 'z' {
		k++
	}
	return exerciseNouns[s.seg[end+1:k]]
}

// exerciseNouns: see exerciseAhead.
var exerciseNouns = wordSet(`exercise exercises drill drills wargame wargames maneuvers manoeuvres`)

// shipKinds name a kind of ship before "ship" or "vessel" (see warshipAhead).
var shipKinds = wordSet(`landing missile patrol assault amphibious hospital research intelligence supply command
container cargo cruise merchant fishing`)

var warshipNouns = wordSet(`frigate destroyer corvette cruiser submarine icebreaker minesweeper minehunter
warship flagship`)
var warshipCompounds = wordSet(`base bases port ports yard yards fleet fleets group groups pen pens berth
berths terminal squadron squadrons flotilla flotillas division base's`)

// craftNouns: see craftAhead.
var craftNouns = wordSet(`transport transports aircraft airlifter airlifters helicopter helicopters tiltrotor tiltrotors
gunship gunships jet jets fighter fighters bomber bombers drone drones tanker tankers
unmanned missile missiles interceptor interceptors launcher launchers rocket rockets howitzer
howitzers tank tanks radar radars vehicle vehicles spare program programs crew crews aircrew brigade brigades
aircrews pilot pilots gunner gunners maintainer maintainers submarine submarines system systems capsule
capsules spacecraft satellite satellites booster boosters seaplane seaplanes flying-boat flying-boats airliner airliners
flying`)

// craftAcronyms are the acronyms of kinds of craft and weapons that may follow a model's name
// in place of its noun (craftAhead).
var craftAcronyms = map[string]bool{"UAS": true, "UAV": true, "UAVs": true, "MANPADS": true, "SAM": true, "SAMs": true,
	"IFV": true, "IFVs": true, "APC": true, "APCs": true, "MRAP": true, "MRAPs": true, "UCAV": true, "UCAVs": true}

// craftKinds are words that may stand between a model's name and its noun (craftAhead).
var craftKinds = wordSet(`fighting attack utility cargo armored armoured infantry combat heavy light
medium reconnaissance scout tactical multirole stealth strike patrol maritime battle main air
defense defence surface ballistic cruise guided anti tiltrotor recovery assault support training
amphibious refueling aerial electronic intercontinental`)

// apartName reports whether some candidate of output o has a name of two or more words.
func (m *Matcher) apartName(o int32) bool {
	for _, c := range m.outs[o].cands {
		e := m.ent(c.e)
		if m.fold.manyWords(e.Name) || m.fold.manyWords(e.ASCII) {
			return true
		}
		for _, a := range e.Alt {
			if m.fold.manyWords(a) {
				return true
			}
		}
	}
	return false
}

// suffixAhead reports whether w, the capitalised word after a name, is a region's suffix that
// the name has a region for ("Donetsk Oblast", "Aomori Prefecture"): the region, not a longer
// proper name.
func (m *Matcher) suffixAhead(o int32, w string) bool {
	v, ok := m.suffixLevel(o, w)
	return ok && v != vCity && m.hasVariant(o, v)
}

// mergedBase reports whether token i follows a hyphen inside the name of a joint base, after
// "Joint Base" and up to three capitalised words joined by spaces or hyphens: such a name is
// that of an installation merged into the joint base, mostly named after a person ("Joint Base
// San Antonio-Randolph", "Joint Base Elmendorf-Richardson"): no place, and no vote.
func (s *scanner) mergedBase(i int) bool {
	if i < 3 || s.seg[s.toks[i-1].end:s.toks[i].start] != "-" {
		return false
	}
	for k := i - 1; k >= 2 && k >= i-3; k-- {
		if !s.toks[k].upper || !s.toks[k].join {
			return false
		}
		if s.word(k-1) == "base" && s.word(k-2) == "joint" && s.toks[k-1].upper && s.toks[k-2].upper &&
			s.seg[s.toks[k-1].end:s.toks[k].start] == " " && s.seg[s.toks[k-2].end:s.toks[k-1].start] == " " {
			return true
		}
	}
	return false
}

// afterInstallation reports whether token i follows the generic name of an installation
// written before the town it stands by ("RAF Lakenheath", "Naval Air Facility Atsugi":
// installationHeads and installationPrefixes).
func (s *scanner) afterInstallation(i int) bool {
	if i < 1 || !s.toks[i-1].join || !s.toks[i-1].upper || s.hyphenated(i-1) {
		return false
	}
	w := s.word(i - 1)
	return installationHeads[w] && !s.toks[i-1].allUpper || installationPrefixes[w] && s.toks[i-1].allUpper
}

// ofCapital reports whether the word at k, after an "of", is capitalised, or is "the" joined to
// a capitalised word ("of the Bulge").
func (s *scanner) ofCapital(k int) bool {
	if s.toks[k].upper {
		return true
	}
	return s.word(k) == "the" && s.toks[k].join && k+1 < len(s.toks) && s.toks[k+1].upper
}

// afterArabicHead reports whether the one-word name of tokens i..j (with its own article, if
// it has one: "al-Numan") follows a capitalised word and an Arabic article joined to it by a
// hyphen (or by a space, for an article that is no English word): the name ends a longer
// Arabic name, a town's ("Maarat al-Numan") or a person's ("Muqtada al-Sadr"), the way a name
// before an article and a capitalised word begins one. A function or modifier word before
// the article ("Near al-Tanf", "northern al-Anbar"), a demonym, a possessive ("Syria's al-Bab"),
// a heading's word, and a verb's -ing or -ed form that starts a sentence ("Retaking al-Qaim")
// are no such head.
func (s *scanner) afterArabicHead(i, j int) bool {
	a := i - 1 // the article
	if j > i && articles[s.word(i)] {
		a = i
	}
	if j != a+1 || a < 1 || !articles[s.word(a)] || !s.toks[a].join {
		return false
	}
	switch gap := s.seg[s.toks[a].end:s.toks[a+1].start]; {
	case gap == "-":
	case gap == " " && !englishArticles[s.word(a)]:
	default:
		return false
	}
	h := a - 1
	if !s.toks[h].upper || !s.toks[h].join || s.toks[h].title {
		return false
	}
	if gap := s.seg[s.toks[h].end:s.toks[a].start]; gap != " " && gap != "-" {
		return false
	}
	w := s.word(h)
	if stopWords[w] || modifierWords[w] || demonyms[w] || articles[w] {
		return false
	}
	head := s.seg[s.toks[h].start:s.toks[h].end]
	if strings.HasSuffix(head, "'s") || strings.HasSuffix(head, "’s") {
		return false
	}
	if s.sentenceStart(h) && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) {
		return false
	}
	return true
}

// venueNouns name businesses and venues: an acronym before one is the business's name.
var venueNouns = wordSet(`nightclub nightclubs club clubs bar bars restaurant restaurants cafe hotel hotels
motel store stores shop shops salon brewery bakery diner lounge band`)

// venueAhead reports whether token j is followed, after a space, by a word of venueNouns in
// lower case.
func (s *scanner) venueAhead(j int) bool {
	return j+1 < len(s.toks) && s.toks[j].join && !s.toks[j+1].upper && venueNouns[s.word(j+1)]
}

// acronymToken reports whether token i is written in capitals only, two to five letters
// ("DMZ").
func (s *scanner) acronymToken(i int) bool {
	w := s.seg[s.toks[i].start:s.toks[i].end]
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for k := 0; k < len(w); k++ {
		if w[k] < 'A' || w[k] > 'Z' {
			return false
		}
	}
	return true
}

// speechVerbs say that the name before them is who speaks, or who acts as only a person does
// ("Austin pledged", "Austin visited", "Austin convened").
var speechVerbs = wordSet(`said says told added stated noted warned announced called pledged convened
visited reaffirmed thanked urged praised emphasized emphasised stressed directed ordered approved signed
spoke traveled travelled congratulated commended reiterated underscored believes believed discussed
agreed welcomed condemned apologized apologised activated authorized authorised acknowledged apologizes
conceded insisted replied explained testified vowed promised acknowledges nominated appointed
tweeted wrote`)

// speechAdverbs may stand between a person's name and what the person does ("Austin first
// convened", "Austin quickly said").
var speechAdverbs = wordSet(`first then later again quickly personally repeatedly publicly previously recently
subsequently immediately twice once`)

// speechAux are the auxiliaries that may stand between a person's name and what the person
// does ("Austin will travel", "Austin has talked", "Austin is confident").
var speechAux = wordSet(`will would has had is was can could may might`)

// speechAfterAux are what a person does, or is, after one of speechAux ("Austin will travel to
// Brussels", "Austin has been clear").
var speechAfterAux = wordSet(`travel meet visit speak talk discuss say tell announce host thank urge sign
talked spoken met visited traveled travelled said told discussed confident clear concerned aware`)

// speechAhead reports whether token j is followed, after one space, by a verb of speech in
// lower case.
func (s *scanner) speechAhead(j int) bool {
	if j+1 < len(s.toks) && s.sentenceStart(j) && strings.HasPrefix(s.seg[s.toks[j].end:], ", ") && s.asideThenSpeech(s.toks[j].end+2) {
		return true // "Austin, speaking to reporters in Seoul, said"
	}
	if j+1 >= len(s.toks) || !s.toks[j].join || s.toks[j+1].upper || s.seg[s.toks[j].end] != ' ' {
		return false
	}
	if (s.word(j+1) == "also" || speechAdverbs[s.word(j+1)]) && j+2 < len(s.toks) && s.toks[j+1].join && !s.toks[j+2].upper {
		return speechVerbs[s.word(j+2)] // "Austin also said", "Austin first convened", "Austin then visited"
	}
	if speechAux[s.word(j+1)] && j+2 < len(s.toks) && s.toks[j+1].join && !s.toks[j+2].upper {
		k := j + 2
		if s.word(k) == "been" && k+1 < len(s.toks) && s.toks[k].join && !s.toks[k+1].upper {
			k++ // "Austin has been clear"
		}
		return speechAfterAux[s.word(k)] || speechVerbs[s.word(k)]
	}
	if s.word(j+1) == "met" && strings.HasPrefix(s.seg[s.toks[j+1].end:], " with ") {
		return s.sentenceStart(j) // "Austin met with his counterpart", not "Officials in Nagoya and Tsushima met"
	}
	if s.word(j+1) == "met" && s.sentenceStart(j) && j+2 < len(s.toks) && s.toks[j+1].join &&
		(s.toks[j+2].upper || s.word(j+2) == "his" || s.word(j+2) == "her") {
		return true // "Austin met Defence Minister Anita Anand", "Austin met his counterpart"
	}
	return speechVerbs[s.word(j+1)]
}

// questionAux are the auxiliaries that open a reporter's question before its subject ("Does
// Austin plan to visit Kyiv?").
var questionAux = wordSet(`does did has will would can could should`)

// notPersonAfter are the verbs after which the subject of such a question is as likely a place
// ("Has Raqqa been cleared?", "Does Mosul have power?").
var notPersonAfter = wordSet(`be been become remain remained fall fallen have had get got see seen need`)

// askedAbout reports whether the one-word name of token i is the subject of a question opened by
// one of questionAux and followed by a verb in lower case: "Did Kirby say that yesterday?" asks
// about a person.
func (s *scanner) askedAbout(i int) bool {
	return i >= 1 && i+1 < len(s.toks) && s.toks[i-1].upper && questionAux[s.word(i-1)] && s.sentenceStart(i-1) &&
		s.seg[s.toks[i-1].end:s.toks[i].start] == " " && s.toks[i].join && s.seg[s.toks[i].end] == ' ' &&
		!s.toks[i+1].upper && !notPersonAfter[s.word(i+1)] && !stopWords[s.word(i+1)]
}

// personalNouns are what a person has and a place does not: "Austin's comments" are the
// secretary's (possessivePerson).
var personalNouns = wordSet(`comments comment remarks statement statements visit trip travel meeting meetings
call calls counterpart counterparts spokesman spokesperson spokeswoman schedule guidance directive memo
testimony decision decisions letter press`)

// possessivePerson reports whether the text at end goes on with a possessive and one of
// personalNouns.
func (s *scanner) possessivePerson(end int) bool {
	r, ok := s.afterPossessive(end)
	w, _, _ := strings.Cut(r, " ")
	return ok && personalNouns[strings.TrimRight(w, ".,;:?")]
}

// deedAhead reports whether token j is followed, after a space, by a verb in the past tense of
// what ships and crews do (deedVerbs): "the Carney shot down", "the Mason fired".
func (s *scanner) deedAhead(j int) bool {
	return j+1 < len(s.toks) && s.toks[j].join && !s.toks[j+1].upper && s.seg[s.toks[j].end:s.toks[j+1].start] == " " &&
		deedVerbs[s.word(j+1)]
}

// shipDeedAhead reports whether token j, ending a name after "the", is followed by what a ship
// does or is: a deed (deedAhead), an auxiliary and a verb in -ing or a deed ("The Lincoln is
// transiting", "the Carney is headed home", "will arrive") or an appositive naming a ship's
// kind ("The Florida, a guided-missile submarine,").
func (s *scanner) shipDeedAhead(j int) bool {
	if s.deedAhead(j) {
		return true
	}
	if j+1 >= len(s.toks) {
		return false
	}
	gap := s.seg[s.toks[j].end:s.toks[j+1].start]
	next := s.word(j + 1)
	switch {
	case gap == " " && !s.toks[j+1].upper && shipAux[next] && j+2 < len(s.toks) && s.toks[j+1].join && !s.toks[j+2].upper:
		w := s.word(j + 2)
		return strings.HasSuffix(w, "ing") && len(w) > 5 || deedVerbs[w] || shipArrivals[w]
	case gap == " " && next == "and" && j+3 < len(s.toks) && s.word(j+2) == "the" && !s.toks[j+2].upper && s.toks[j+3].upper:
		// "The Truman and the Carl Vinson struck": the second ship's name, then its deed
		k := j + 3
		for k+1 < len(s.toks) && k < j+6 && s.toks[k].join && s.toks[k+1].upper && s.seg[s.toks[k].end:s.toks[k+1].start] == " " {
			k++
		}
		return s.deedAhead(k)
	case gap == ", " && (next == "a" || next == "an"):
		for k := j + 2; k < len(s.toks) && k <= j+5; k++ {
			if shipNouns[s.word(k)] || warshipNouns[s.word(k)] {
				return true
			}
			if s.seg[s.toks[k-1].end] == ',' {
				return false
			}
		}
	}
	return false
}

// theFullName reports whether the one-word name of token i is a given name after "the" and
// before a capitalised surname, or a surname after "the" and a given name: "the Theodore
// Roosevelt", "the Abraham Lincoln" (namesakeGivenNames or givenNames).
func (s *scanner) theFullName(i int) bool {
	given := func(k int) bool { return s.toks[k].upper && (namesakeGivenNames[s.word(k)] || givenNames[s.word(k)]) }
	if i >= 2 && given(i-1) && s.toks[i-1].join && s.seg[s.toks[i-1].end:s.toks[i].start] == " " && s.afterThe(i-1) {
		return true // "the Abraham Lincoln"
	}
	if !(given(i) && s.afterThe(i) && i+1 < len(s.toks) && s.toks[i].join && s.toks[i+1].upper && !s.toks[i+1].allUpper &&
		s.seg[s.toks[i].end:s.toks[i+1].start] == " ") {
		return false
	}
	w := s.word(i + 1) // a surname, no word of an organisation or a place: "the Henderson Police Department"
	return !orgHeads[w] && !commonWords[w] && !placeHeads[w] && !installationHeads[w] && !s.facilityAhead(i+1, true)
}

// namesakeGivenNames are given names of the people ships and bases are named after that
// givenNames lacks ("the Dwight D. Eisenhower", "the Chester W. Nimitz").
var namesakeGivenNames = wordSet(`abraham theodore dwight harry carl ronald gerald chester franklin ulysses
woodrow lyndon hershel`)

// shipGroupAhead reports whether token j is followed, perhaps after the rest of a name of one
// or two capitalised words, by the acronym of a group named after its flagship: "Iwo" and "Iwo
// Jima" in "the Iwo Jima ARG".
func (s *scanner) shipGroupAhead(j int) bool {
	for k := j + 1; k < len(s.toks) && k <= j+3; k++ {
		if s.seg[s.toks[k-1].end:s.toks[k].start] != " " || !s.toks[k].upper {
			return false
		}
		if s.toks[k].allUpper {
			return shipGroups[s.word(k)]
		}
	}
	return false
}

// shipAux are the auxiliaries after a ship's name (shipDeedAhead).
var shipAux = wordSet(`is was are were will has had`)

// shipArrivals are the verbs after one of shipAux that tell a ship's movements (shipDeedAhead).
var shipArrivals = wordSet(`arrive arrived headed head sail transit return depart deploy deployed
expected scheduled due underway`)

// shipGroups are the acronyms of groups named after their flagship ("the Iwo Jima ARG").
var shipGroups = wordSet(`arg esg csg ssg sag`)

// afterTheName reports whether token i follows "the", or "the" and one or two capitalised
// words of a longer name ("The Mount Whitney sailed").
func (s *scanner) afterTheName(i int) bool {
	for k := i; k >= 1 && k >= i-2; k-- {
		if s.afterThe(k) {
			return true
		}
		if !s.toks[k-1].upper || !s.toks[k-1].join {
			return false
		}
	}
	return false
}

// deedVerbs are the verbs of deedAhead, and the past tenses without -ed that follow a
// craft's name after "a" ("A Chinook flew", "a Black Hawk took off"; see accept).
// shipStayAhead reports whether token j is followed by what a ship does on station, which a
// region named with "the" may do too ("the Crimea remained"): only a town's name after "the"
// is read as a ship's there ("The Lincoln operated off Aceh", "The Milwaukee delivered fuel").
func (s *scanner) shipStayAhead(j int) bool {
	return j+1 < len(s.toks) && s.toks[j].join && !s.toks[j+1].upper && s.seg[s.toks[j].end:s.toks[j+1].start] == " " &&
		stayVerbs[s.word(j+1)]
}

var stayVerbs = wordSet(`operated operates remained remains stayed stays delivered delivers patrolled patrols carried carries conducted`)

var deedVerbs = wordSet(`shot fired intercepted launched sailed returned arrived departed engaged destroyed downed
transited entered escorted rescued responded docked moored anchored steamed embarked refueled refuelled
pulled deployed flew took hit struck fell went came ran left brought sank caught drove shelled bombarded
answered`)

// quotedGap reports whether spaces and quotation marks alone, a space among them, stand
// between token k and the next: a nickname's quotes inside a name ("USS Hershel "Woody"
// Williams").
func (s *scanner) quotedGap(k int) bool {
	if k+1 >= len(s.toks) {
		return false
	}
	gap := s.seg[s.toks[k].end:s.toks[k+1].start]
	if len(gap) > 8 || !strings.Contains(gap, " ") {
		return false
	}
	quote := false
	for _, r := range gap {
		switch r {
		case ' ':
		case '"', '“', '”':
			quote = true
		default:
			return false
		}
	}
	return quote
}

// timeZoneAt reports whether the name of tokens i..j stands between a clock time ("8 a.m.",
// "0400", "10:30") and the word "time": "at 8 a.m. Kuwait time" names a time zone.
func (s *scanner) timeZoneAt(i, j int) bool {
	if j+1 >= len(s.toks) || !s.toks[j].join || s.toks[j+1].upper || s.word(j+1) != "time" {
		return false
	}
	before := strings.TrimRight(s.seg[:s.toks[i].start], " ")
	if b, ok := strings.CutSuffix(before, "("); ok {
		// in brackets after the time, "local" perhaps before: "2:30 a.m. (Sanaa time)",
		// "(local Sanaa time)", "(GMT+3, Sanaa time)"
		return strings.HasPrefix(s.seg[s.toks[j+1].end:], ")") && clockBefore(strings.TrimRight(b, " "))
	}
	if b, ok := strings.CutSuffix(before, " local"); ok && strings.HasSuffix(strings.TrimRight(b, " "), "(") {
		return strings.HasPrefix(s.seg[s.toks[j+1].end:], ")")
	}
	if k := strings.LastIndexByte(before, '('); k >= 0 && strings.HasSuffix(before, ",") && !strings.Contains(before[k:], ")") {
		return strings.HasPrefix(s.seg[s.toks[j+1].end:], ")") // "(GMT+3, Sanaa time)"
	}
	return clockBefore(before)
}

// clockBefore reports whether before ends in a clock time: "8 a.m.", "0400", "10:30".
func clockBefore(before string) bool {
	if strings.HasSuffix(before, "a.m.") || strings.HasSuffix(before, "p.m.") || strings.HasSuffix(before, "a.m") || strings.HasSuffix(before, "p.m") {
		return true
	}
	for _, w := range [...]string{" midnight", " noon", " midday", "Midnight", "Noon"} {
		if strings.HasSuffix(before, w) {
			return true // "at midnight Kabul time"
		}
	}
	return before != "" && before[len(before)-1] >= '0' && before[len(before)-1] <= '9'
}

// asideThenSpeech reports whether the text at k is a short aside in lower case at first, closed
// by a comma and a verb of speech: "speaking to reporters in Seoul, said", "in Seoul, told".
func (s *scanner) asideThenSpeech(k int) bool {
	rest := s.seg[k:]
	if rest == "" || rest[0] < 'a' || rest[0] > 'z' {
		return false
	}
	c := strings.Index(rest, ", ")
	if c <= 0 || c > 80 || strings.ContainsAny(rest[:c], ".;:!?()\"") {
		return false
	}
	after := rest[c+2:]
	e := 0
	for e < len(after) && after[e] >= 'a' && after[e] <= 'z' {
		e++
	}
	return e > 0 && speechVerbs[after[:e]]
}
