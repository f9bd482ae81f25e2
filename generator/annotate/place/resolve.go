package place

import (
	"slices"
	"strings"

	"github.com/sitrep-archive/sitrep/generator/annotate/gazetteer"
)

// Resolve finds and resolves the places in one document. segments are the document's text
// blocks (for example each paragraph's plain text); countries are the context countries of the
// briefing's theatres (ISO 3166-1 alpha-2, may be empty). Every repeat of a name in the
// document resolves to the same place. Mentions are sorted by (Segment, Start) and do not
// overlap within a segment.
func (m *Matcher) Resolve(segments []string, countries []string) []Mention {
	return m.AppendResolve(nil, segments, countries)
}

// AppendResolve appends the mentions Resolve returns to dst and returns the extended slice,
// so that a caller can reuse one slice across documents. With dst nil, the slice is
// allocated at its exact size.
func (m *Matcher) AppendResolve(dst []Mention, segments []string, countries []string) []Mention {
	shown, _ := m.resolve(dst, segments, countries, false)
	return shown
}

// ResolveWithHidden is Resolve that also returns the names it found inside longer proper
// names and did not show ("Texas" in "Texas Department of Transportation", "Athens" in "Athens
// Police Department"), each with the place it resolved to among the document's names (such
// names vote in the disambiguation, see doc.go). Hidden mentions may overlap shown ones. It is
// for scoring against labels that count such names as places (see the eval command).
func (m *Matcher) ResolveWithHidden(segments []string, countries []string) (shown, hidden []Mention) {
	return m.resolve(nil, segments, countries, true)
}

// resolveState is the working memory of one resolve call. Its buffers and maps are reused by
// later calls of the same Matcher (see Matcher.states), so that a build does not make them anew
// for each document.
type resolveState struct {
	scan       scanner
	raws       []raw
	hiddenRaws []raw
	groups     []group
	oneKey     []string
	index      map[int64]int
	person     map[int32]bool
	ship       map[int32]bool // names seen as a ship's ("the carriers Liaoning and Shandong")
	placeCue   map[int32]bool
	// demonyms counts the demonyms of each country, demonymActors those of them written before
	// a noun of forces or officials ("Russian troops": who acts, not where), ctx holds the
	// context countries
	demonyms      map[string]float64
	demonymActors map[string]float64
	ctx           map[string]bool
	groupMemory
}

// newResolveState returns an empty resolveState, taken from m.states (the states no call is
// using) or made anew.
func (m *Matcher) newResolveState() *resolveState {
	if st, ok := m.states.Get().(*resolveState); ok {
		return st
	}
	return &resolveState{index: map[int64]int{}, person: map[int32]bool{}, ship: map[int32]bool{}, placeCue: map[int32]bool{},
		demonyms: map[string]float64{}, demonymActors: map[string]float64{}, ctx: map[string]bool{}}
}

// maxKeptEntries: a map of a resolveState that grew past this many entries (a very long
// document) is not kept for the next call, which would pay for clearing all of it.
const maxKeptEntries = 1024

// releaseState empties st, keeping its buffers, and returns it to m.states. st must not be
// used afterwards.
func (m *Matcher) releaseState(st *resolveState) {
	st.scan.m, st.scan.seg = nil, ""
	clear(st.groups) // the groups' slices are not kept alive
	clear(st.oneKey)
	st.raws, st.hiddenRaws, st.groups, st.oneKey = st.raws[:0], st.hiddenRaws[:0], st.groups[:0], st.oneKey[:0]
	st.groupMemory.reset()
	st.index, st.person, st.ship, st.placeCue = emptied(st.index), emptied(st.person), emptied(st.ship), emptied(st.placeCue)
	st.demonyms, st.demonymActors, st.ctx = emptied(st.demonyms), emptied(st.demonymActors), emptied(st.ctx)
	m.states.Put(st)
}

// emptied returns m cleared, or a new map when m is too large to keep (see maxKeptEntries).
func emptied[K comparable, V any](m map[K]V) map[K]V {
	if len(m) > maxKeptEntries {
		return map[K]V{}
	}
	clear(m)
	return m
}

// resolve appends the shown mentions to dst.
func (m *Matcher) resolve(dst []Mention, segments []string, countries []string, wantHidden bool) (shown, hidden []Mention) {
	st := m.newResolveState()
	s := &st.scan
	s.m = m
	raws := st.raws
	hiddenRaws := st.hiddenRaws // names inside longer names that vote (kept only when wantHidden)
	groups := st.groups
	index := st.index // out*8+variant -> group
	person := st.person
	ship := st.ship
	var placedIn [][2]int       // groups of "X, Y" and "at X in Y", X then Y (see Matcher.elsewhere)
	var placedNear [][2]int     // groups of "X near Y", X then Y (see Matcher.farFrom)
	placeCue := st.placeCue     // names seen right after "in", "near", ... (see locative)
	oneKey := st.oneKey         // by group: the folded word of a one-word name, else ""
	demonymVotes := st.demonyms // country -> demonyms of it in the text ("Turkish")
	defer func() {
		st.raws, st.hiddenRaws, st.groups, st.oneKey = raws, hiddenRaws, groups, oneKey
		m.releaseState(st)
	}()
	var words textWords
	for si, seg := range segments {
		s.tokenize(seg)
		s.noteWords(&words)
		var demonymOf map[int]string // token -> country of a demonym before it, "the Greek island of"
		for t := range s.toks {
			if s.toks[t].allUpper && s.toks[t].join && t+1 < len(s.toks) && s.toks[t+1].upper && stationCountry[string(s.buf[s.toks[t].fs:s.toks[t].fe])] != "" {
				cc := stationCountry[string(s.buf[s.toks[t].fs:s.toks[t].fe])]
				// "RAAF Base Amberley", "CFB Trenton": the station prefix of a national force
				// says in which country the town lies (RAF stations abroad have names of
				// their own: "RAF Akrotiri")
				k := t + 1
				if s.word(k) == "base" && s.toks[k].join && k+1 < len(s.toks) && s.toks[k+1].upper {
					k++
				}
				if demonymOf == nil {
					demonymOf = map[int]string{}
				}
				demonymOf[k] = cc
			}
			if s.toks[t].upper && !s.toks[t].allUpper {
				if cc := demonymCountryOf(s.buf[s.toks[t].fs:s.toks[t].fe]); cc != "" {
					demonymVotes[cc]++
					if t+1 < len(s.toks) && s.toks[t].join && !s.toks[t+1].upper && forceNouns[s.word(t+1)] {
						st.demonymActors[cc]++ // "Russian troops attacked Pokrovsk": who acts
					}
					// "the Greek island of Crete", "the Italian port of Naples": the name
					// after it lies in the demonym's country
					// "Colombian marines from Cartagena", "a Uruguayan frigate from Montevideo": so
					// does the place they come from
					if t+3 < len(s.toks) && s.toks[t+3].upper && (demonymOfNouns[s.word(t+1)] && s.word(t+2) == "of" ||
						!s.toks[t+1].upper && s.word(t+2) == "from" && s.toks[t].join && s.toks[t+1].join) {
						if demonymOf == nil {
							demonymOf = map[int]string{}
						}
						demonymOf[t+3] = cc
					}
				}
			}
		}
		var prev *raw
		segFirst := len(raws)
		inside := -1 // the last token of the last name rejected as part of a longer name
		for i := 0; i < len(s.toks); {
			// A name starts with a capital or a lower-case article ("al-Qaim"), unless the
			// site spelled it in lower case: skip the walk from other words.
			// So may a compass word in lower case before a capitalised word, when the two are
			// a region's name ("in the southern Red Sea", "eastern Mediterranean").
			compassStart := false
			if t := &s.toks[i]; !t.upper && !m.lowerStart && !isArticle(s.buf[t.fs:t.fe]) {
				if !(t.join && i+1 < len(s.toks) && s.toks[i+1].upper && compassAdjectives[string(s.buf[t.fs:t.fe])]) {
					i++
					continue
				}
				compassStart = true
			}
			type hit struct {
				j int
				o int32
				// possEnd: the name ends in a possessive's "'s" that the key holds ("St.
				// George's"), past the token's end
				possEnd int
			}
			var hits [8]hit
			nh := 0
			n := int32(0)
		walk:
			for t := i; t < len(s.toks); t++ {
				p := s.toks[t].fs
				if n == 0 && s.toks[t].fe-p >= 2 {
					// from the root, the first two bytes at once
					if n = m.trie.child2(s.buf[p], s.buf[p+1]); n == 0 {
						break walk
					}
					p += 2
				}
				for ; p < s.toks[t].fe; p++ {
					if n = m.trie.child(n, s.buf[p]); n == 0 {
						break walk
					}
				}
				if o := m.trie.out[n]; o >= 0 {
					if nh == len(hits) {
						copy(hits[:], hits[1:])
						nh--
					}
					hits[nh] = hit{t, o, 0}
					nh++
				}
				if k := possessiveEnd(s.seg, s.toks[t].end); k > 0 && !s.toks[t].poss {
					// "St. George's", "St. John's": a name whose key ends in the possessive
					if c := m.trie.child(n, possessiveMark[0]); c != 0 && m.trie.out[c] >= 0 {
						if nh == len(hits) {
							copy(hits[:], hits[1:])
							nh--
						}
						hits[nh] = hit{t, m.trie.out[c], k}
						nh++
					}
				}
				if s.toks[t].poss {
					// "People's Republic of China": the key holds possessiveMark
					if n = m.trie.child(n, possessiveMark[0]); n == 0 {
						break
					}
					if k := possessiveEnd(s.seg, s.toks[t].end); k > 0 && m.trie.out[n] >= 0 {
						// a name that ends in the possessive before another word: "in St.
						// George's and held it"
						if nh == len(hits) {
							copy(hits[:], hits[1:])
							nh--
						}
						hits[nh] = hit{t, m.trie.out[n], k}
						nh++
					}
					continue
				}
				if !s.toks[t].join {
					break
				}
			}
			if compassStart {
				// only a name of both words: the compass word alone is none
				k := 0
				for _, h := range hits[:nh] {
					if h.j > i && m.compassRegion(h.o) {
						hits[k] = h
						k++
					}
				}
				if nh = k; nh == 0 {
					i++
					continue
				}
			}
			if s.toks[i].upper && nh < len(hits) {
				// "the Chukchi and Beaufort seas", "the East China and South China seas": a
				// name of one or two words that the gazetteer has only with its generic word,
				// in a list before the plural
				for j := min(i+1, len(s.toks)-1); j >= i; j-- {
					at := 0 // where a hit ending at j goes among the hits, in order
					for at < nh && hits[at].j < j {
						at++
					}
					if at < nh && hits[at].j == j || j > i && !(s.toks[i].join && s.toks[j].upper) {
						continue
					}
					if g := s.pluralFeatureAhead(j); g != "" {
						if b := m.featureOf(s, i, j, g); b >= 0 {
							copy(hits[at+1:nh+1], hits[at:nh])
							hits[at] = hit{j, b, 0}
							nh++
							break
						}
					}
				}
			}
			next := i + 1
			for k := nh - 1; k >= 0; k-- {
				h := hits[k]
				if m.outs[h.o].block {
					next = h.j + 1
					break
				}
				if len(m.outs[h.o].cands) == 0 || m.bareOnly(h.o) && !s.regionAhead(h.j) || h.j <= inside {
					continue
				}
				if h.j-i < 3 && s.riverAfterThe(i, h.j) && !(theRegions[s.word(h.j)] && !s.riverVerbAhead(h.j)) {
					// "crossed the Dnipro near Krynky", "along the Rio Grande in Texas" is the
					// river, not the city; a country or a state keeps its name ("the Mississippi and
					// Alabama guard units")
					// ("the Mississippi past Memphis", "the Missouri at Bismarck": a state's name
					// is the river when no list of states may go on)
					if r := m.riverOf(s, i, h.j); r >= 0 && (!m.countryOrBigRegion(h.o) || !m.namesCountry(h.o) && !s.listAfter(h.j)) {
						h.o = r
					}
				}
				if h.j-i < 3 {
					// "between Omaha and Utah beaches", "the Chukchi and Beaufort seas": each name
					// is the feature the gazetteer has as "X Beach", "X Sea", not the town or the
					// state
					if g := s.pluralFeatureAhead(h.j); g != "" {
						if b := m.featureOf(s, i, h.j, g); b >= 0 {
							h.o = b
						}
					}
				}
				if ship[h.o] && !s.placeOfAt(i) && (s.afterThe(i) || s.sentenceStart(i) || !s.locative(i) && !(i > 0 && s.word(i-1) == "to") && !s.regionAfterComma(h.j) && !m.countryOrBigRegion(h.o)) &&
					!(h.j+1 < len(s.toks) && s.toks[h.j].join && suffixes[s.word(h.j+1)] != vPlain && !(s.toks[h.j+1].upper && suffixes[s.word(h.j+1)] == vCity)) && !m.waterOut(h.o) {
					// a ship's name is that ship again after "the": "the carriers Liaoning and
					// Shandong ... the Liaoning sailed" (not "the Liaoning province", nor "USS
					// Philippine Sea ... entered the Philippine Sea"), as a sentence's subject:
					// "USS Kansas City ... Kansas City will be homeported", and anywhere but
					// after a preposition of place or "to", or before its region: "USS Jackson ...
					// joined Jackson's crew", "refueled Ottawa" (but "in Sydney", "flew to Kansas
					// City", "Jackson, Mississippi"); no word of the ship's name is a place either ("New
					// Orleans will spend 45 days at sea" is no Orléans)
					next = h.j + 1
					break
				}
				end, ok, weak, abbrOnly, why := s.accept(i, h.j, h.o, prev)
				if ok && h.possEnd > 0 && end == s.toks[h.j].end {
					end += h.possEnd
				}
				if !ok {
					if why == rejPerson {
						person[h.o] = true
					}
					if why == rejShip {
						ship[h.o] = true
						why = rejOther
					}
					if why == rejContext && (!m.smallOnly(h.o) || i < h.j && m.countyOnly(h.o)) && m.hiddenVoter(h.o) && !(i == h.j && modifierWords[s.word(i)]) && !s.titleAbbr(h.j, h.o, end) &&
						!s.afterNameHead(i) && !m.genericRegions(s, i, h.j, h.o) {
						// "Texas Department of Transportation" is no place, but says the text
						// is about Texas: a hidden group votes without being shown (not for
						// names of small places only, nor for modifiers: "Northern"); so does
						// a county's full name ("Henderson County Jail")
						gk := int64(h.o)*8 + int64(vPlain)
						hg, seen := index[gk]
						if !seen {
							hg = len(groups)
							index[gk] = hg
							g := m.newGroup(h.o, vPlain, &st.groupMemory)
							g.hidden = true
							groups = append(groups, g)
							oneKey = append(oneKey, "")
						}
						groups[hg].inOrg++
						if s.attributive(i, end) { // (end takes the dot of "U.S.")
							groups[hg].inOrgActor++
						}
						if wantHidden {
							hiddenRaws = append(hiddenRaws, raw{seg: si, start: s.toks[i].start, end: s.toks[h.j].end, ti: i, tj: h.j, group: hg})
						}
					}
					if why != rejOther {
						// nor is any name inside it ("University of South Dakota" is no
						// Carolina; "New York Times" no York)
						inside = max(inside, h.j)
						break
					}
					continue
				}
				variant, j := vPlain, h.j
				if abbrOnly {
					variant = vAbbr
				} else if j+1 < len(s.toks) && s.toks[j].join && end == s.toks[j].end {
					v, ok := m.suffixLevel(h.o, s.word(j+1))
					if ok && departmentWord(s.word(j+1)) && s.wordAfterIs(j+1, "of") {
						ok = false // "the Texas department of transportation": an office, not a region
					}
					if ok && v == vRegion2 && s.toks[j+1].upper && s.word(j+1) == "district" && !m.districtAbroad(h.o) {
						ok = false // see districtAbroad
					}
					if ok && !s.toks[j+1].upper && (s.word(j+1) == "city" || s.word(j+1) == "town") && m.usState(h.o) {
						ok = false // "the California city", "the Texas town": a town of the state
					}
					if ok && m.hasVariant(h.o, v) {
						variant, j = v, j+1
						end = s.toks[j].end
					} else if k := s.borderSuffix(j); k > j {
						// "the Kharkiv border region": the region's suffix after "border"
						if v, ok := m.suffixLevel(h.o, s.word(k)); ok && m.hasVariant(h.o, v) {
							variant, j = v, k
							end = s.toks[j].end
						}
					}
				}
				if variant == vPlain && end == s.toks[j].end {
					if v := s.pluralAhead(j); v != vPlain && m.hasVariant(h.o, v) && (!s.pluralNext(j) || s.listBefore(i)) {
						variant = v // "Cooke, Grayson and Love counties"
					}
				}
				if variant == vPlain && end == s.toks[j].end && m.cityInOwnRegion(h.o) && strings.HasPrefix(s.seg[end:], ", "+s.seg[s.toks[i].start:end]) {
					// "New York, New York": the city, then its state (pairPlaceRegion)
					variant = vCity
				}
				if !m.hasVariant(h.o, variant) {
					continue // "Walker" alone is not Walker County
				}
				// A town before "oil field", a lower-case landform ("the Boma peninsula") or a
				// generic word before a numeral ("Sector 2", as task forces name their sectors)
				// needs a place of its country nearby.
				landform := (end == s.toks[j].end && s.landformAhead(j) || j > i && !s.toks[j].upper && landformNouns[s.word(j)]) && !m.countryOrBigRegion(h.o)
				field := variant == vPlain && (end == s.toks[j].end && s.fieldAhead(j) || landform) || s.numberedGeneric(i, j)
				outpost := variant == vPlain && s.afterOutpostHead(i) // "FOB Edinburgh": needs a place nearby, by any of its names
				if field && !m.ownNamed(h.o) {
					// an oil or gas field is named after a person or a tribe as often as
					// after a town: "the al-Omar oil field" is no 'Omer, Israel, which
					// "Omar" names only as another name
					continue
				}
				gk := int64(h.o)*8 + int64(variant)
				g, seen := index[gk]
				if !seen {
					g = len(groups)
					index[gk] = g
					groups = append(groups, m.newGroup(h.o, variant, &st.groupMemory))
					groups[g].name = s.words(i, h.j)
					if variant == vPlain && i < h.j && genericWords(groups[g].name) && m.regionsOnly(h.o) && !m.oneBigRegion(h.o) {
						// A region named by generic words alone needs its country's support:
						// "the West Coast of the United States" is not New Zealand's West Coast.
						groups[g].weak = true
					}
				}
				groups[g].hidden = false
				groups[g].weak = groups[g].weak || weak
				groups[g].afterThe = groups[g].afterThe || variant == vPlain && end == s.toks[j].end && s.afterThe(i)
				if field {
					// "the Kirkuk oil field" is by Kirkuk only with support nearby, and
					// by no place that has the name only as another name
					groups[g].weak, groups[g].needNear = true, true
					m.keepOwnNamed(&groups[g])
				}
				if outpost {
					groups[g].weak, groups[g].needNear = true, true
				}
				if weak && variant == vPlain && m.smallOnly(h.o) {
					// a common word naming only small places ("Council", Idaho)
					groups[g].needNear = true
				}
				if variant == vPlain && i == h.j && givenNames[string(s.buf[s.toks[i].fs:s.toks[i].fe])] && m.smallOnly(h.o) {
					// a given name or surname on its own: likelier a person (or a vehicle)
					groups[g].weak, groups[g].needNear = true, true
				}
				if w := s.buf[s.toks[i].fs:s.toks[i].fe]; variant == vPlain && i == h.j && len(w) > 3 && w[len(w)-1] == 's' &&
					givenNames[string(w[:len(w)-1])] && m.altOnly(&groups[g]) {
					// the plural of a surname that only another name of a place is: a family or
					// the vehicles named so ("the promised Bradleys" are no Elkhorn, Wisconsin)
					groups[g].drop = true
				}
				if s.dateline(i, j) {
					groups[g].dateline = true
				}
				if end == s.toks[j].end && s.polityAhead(j) {
					groups[g].polity = true
				}
				if s.afterBattleOf(i) {
					groups[g].battle = true
				}
				if s.afterVoyage(i) {
					groups[g].voyage = true
				}
				if i > 0 && s.word(i-1) == "near" && s.toks[i-1].join || end == s.toks[j].end && compassOfAhead(s.seg[end:]) {
					groups[g].local = true
				}
				if cue := s.kindCue(i, j); cue != 0 {
					m.keepKind(&groups[g], cue)
				}
				if end == s.toks[j].end && j+1 < len(s.toks) && s.toks[j].join && s.facilityAhead(j+1, !m.smallOnly(h.o)) || s.afterInstallation(i) {
					groups[g].facility = true
				}
				if s.locative(i) && !(j+1 < len(s.toks) && s.toks[j].join && s.toks[j+1].upper) || s.regionAfterComma(j) ||
					prev != nil && prev.tj == i-1 && !prev.weak && s.seg[s.toks[i-1].end:s.toks[i].start] == ", " && m.countryOrRegion(h.o) {
					// "in Albany", but not "in Western Anbar"; "WESTFORD, Mass."; the country or
					// region after a place and a comma ("Lithgow, Australia"), whatever a firm's
					// name made of it elsewhere ("Thales Australia")
					placeCue[h.o] = true
				}
				if !seen {
					oneKey = append(oneKey, "")
				}
				if oneKey[g] == "" && i == h.j {
					if name := groups[g].name; name != "" && strings.IndexByte(name, ' ') < 0 {
						// a name of one word is the key's one word (a key is one node's)
						oneKey[g] = name
					} else {
						oneKey[g] = string(s.buf[s.toks[i].fs:s.toks[i].fe])
					}
				}
				if sf := seg[s.toks[i].start:end]; groups[g].accented == "" && accented(sf) && m.spelledExactly(sf, groups[g].cands) {
					groups[g].accented = sf
					m.keepSpelled(&groups[g], sf)
				}
				groups[g].mentions++
				if cc := demonymOf[i]; cc != "" && !m.namesCountry(groups[g].out) && !slices.Contains(groups[g].demonymOf, cc) {
					groups[g].demonymOf = append(groups[g].demonymOf, cc)
				}
				attributive := s.attributive(i, end)
				if attributive {
					groups[g].attributive++
				}
				raws = append(raws, raw{seg: si, start: s.toks[i].start, end: end, ti: i, tj: j, group: g, weak: groups[g].weak, attributive: attributive})
				prev = &raws[len(raws)-1]
				next = j + 1
				break
			}
			i = next
		}
		// relations between neighbours in this segment
		for r := segFirst; r+1 < len(raws); r++ {
			a, b := raws[r], raws[r+1]
			gap := strings.TrimSpace(seg[a.end:b.start])
			if gap == "near" || gap == ", near" {
				placedNear = append(placedNear, [2]int{a.group, b.group}) // "Hidden Valley near Fort Irwin"
			}
			if w, ok := strings.CutPrefix(gap, "in "); ok && compassAdjectives[w] {
				gap = "in" // "San Cristóbal in western Cuba": in the country
			}
			if gap == "," && b.attributive {
				continue // "In Mosul, U.S. forces supported": the country says who acts, not where Mosul is
			}
			switch gap {
			case ",":
				m.restoreContained(&groups[a.group], &groups[b.group])
				listed := r > segFirst && strings.TrimSpace(seg[raws[r-1].end:a.start]) == "," || listGoesOn(seg[b.end:])
				if !listed && !(openingPhrase(seg[:a.start]) && subjectAhead(seg[b.end:])) {
					placedIn = append(placedIn, [2]int{a.group, b.group}) // "Henderson, Australia"
				}
				groups[a.group].contains = append(groups[a.group].contains, b.group)
				groups[b.group].holds = append(groups[b.group].holds, a.group)
				groups[a.group].nearby = append(groups[a.group].nearby, b.group)
				groups[b.group].nearby = append(groups[b.group].nearby, a.group)
			case "in", ", in", "on":
				// "Rota in Spain", as "Rota, Spain": the town in Spain (score skips
				// "Iraq in Kuwait", two places of one kind); so "Souda Bay on Crete", an
				// island or a region around the place
				if gap != "on" && !listGoesOn(seg[b.end:]) {
					// "at Henderson in Western Australia"; so each name of a list so placed:
					// "near Ivanivka, Novoselivka and Mykolaivka in Donetsk Oblast"
					first := r
					for first > segFirst && listGaps[strings.TrimSpace(seg[raws[first-1].end:raws[first].start])] {
						first--
					}
					if t := raws[first].ti; t > 0 && atWords[s.word(t-1)] {
						for k := first; k <= r; k++ {
							placedIn = append(placedIn, [2]int{raws[k].group, b.group})
						}
					}
					// the list's names lie in it too: "from Morón and Rota in Spain"
					for k := first; k < r; k++ {
						if g := raws[k].group; g != a.group && g != b.group {
							groups[g].contains = append(groups[g].contains, b.group)
						}
					}
				}
				groups[a.group].contains = append(groups[a.group].contains, b.group)
				groups[b.group].holds = append(groups[b.group].holds, a.group)
			case "of", "district of", "districts of", "District of", "Districts of":
				// "Khogyani district of Nangarhar", "Kot and Shinwar districts of Nangarhar": the
				// districts lie in the province, as after "in" (districtOf)
				if districtOf(seg[a.start:a.end], gap) && !listGoesOn(seg[b.end:]) {
					first := r
					for first > segFirst && listGaps[strings.TrimSpace(seg[raws[first-1].end:raws[first].start])] {
						first--
					}
					for k := first; k <= r; k++ {
						placedIn = append(placedIn, [2]int{raws[k].group, b.group})
					}
					groups[a.group].contains = append(groups[a.group].contains, b.group)
					groups[b.group].holds = append(groups[b.group].holds, a.group)
				}
			case "and", ", and", "or", ", or", ";", "/", "&", "to", "-", "–", "and the":
				groups[a.group].nearby = append(groups[a.group].nearby, b.group)
				groups[b.group].nearby = append(groups[b.group].nearby, a.group)
			default:
				if listEndIn(gap) && !listGoesOn(seg[b.end:]) {
					// "near Ivanivka, Novoselivka, Mykolaivka and Hryhorivka in Donetsk
					// Oblast": the list's last name, unknown, and "in" place the others too
					first := r
					for first > segFirst && listGaps[strings.TrimSpace(seg[raws[first-1].end:raws[first].start])] {
						first--
					}
					if t := raws[first].ti; t > 0 && atWords[s.word(t-1)] {
						for k := first; k <= r; k++ {
							placedIn = append(placedIn, [2]int{raws[k].group, b.group})
						}
					}
				}
			}
		}
	}
	if len(raws) == 0 && len(hiddenRaws) == 0 {
		return dst, nil
	}
	for k := range groups {
		groups[k].word = oneKey[k]
		// A one-word name that is only an alternate name of small places is rarely meant
		// ("Kristina" for Ristiina, "Wilkinson" for Putnam): it needs a place nearby.
		if g := &groups[k]; oneKey[k] != "" && g.variant == vPlain && !g.needNear && m.altOnly(g) && m.smallOnly(g.out) {
			g.weak, g.needNear = true, true
		}
		// A name seen as part of a person's name is that person elsewhere in the document too
		// ("Col. Rob Manning ... Manning said"), unless qualified ("Kirkuk province").
		groups[k].cue = placeCue[groups[k].out]
		if groups[k].variant == vPlain && person[groups[k].out] && !placeCue[groups[k].out] {
			groups[k].drop = true
		}
	}
	// X of "X, Y" or "at X in Y" is a place the gazetteer lacks when Y, a region, holds none of
	// X's places ("Henderson, Australia"); Y a person's name says nothing ("Tuz, Manning said")
	for _, p := range placedIn {
		if !groups[p[1]].drop && m.elsewhere(&groups[p[0]], &groups[p[1]]) {
			groups[p[0]].drop = true
		}
	}
	// X of "X near Y" is a place the gazetteer lacks when none of X's places lies within
	// nearKm of Y, a town or a site ("Hidden Valley near Fort Irwin" is no Hidden Valley,
	// Indiana)
	for _, p := range placedNear {
		if !groups[p[1]].drop && m.farFrom(&groups[p[0]], &groups[p[1]]) {
			groups[p[0]].drop = true
		}
	}
	m.shortForms(groups)
	ctx := st.ctx
	for _, c := range countries {
		ctx[strings.ToUpper(strings.TrimSpace(c))] = true
	}
	m.disambiguate(groups, ctx, demonymVotes, st.demonymActors, segments, &words)
	m.pairPlaceRegion(segments, raws, groups)
	m.townOfItsState(segments, raws, groups)
	return m.mentions(dst, segments, raws, groups), m.mentions(nil, segments, hiddenRaws, groups)
}

// pairPlaceRegion makes a name written right after "Place, " the first-level region the place
// lies in, when it has that region among its candidates and was resolved in another country
// ("Fort Gordon, Georgia" in a briefing on Syria is the US state, not the country the Middle
// East's places lie near) or to a town it is only another name of ("Tinker Air Force Base,
// Oklahoma" is the state, not Oklahoma City).
func (m *Matcher) pairPlaceRegion(segments []string, raws []raw, groups []group) {
	for k := 1; k < len(raws); k++ {
		p, r := raws[k-1], raws[k]
		if p.seg != r.seg || p.end > r.start || strings.TrimSpace(segments[r.seg][p.end:r.start]) != "," {
			continue
		}
		pg, g := &groups[p.group], &groups[r.group]
		if pg.chosen < 0 || pg.chosen >= len(pg.cands) || len(g.cands) < 2 {
			continue
		}
		pe := m.ent(pg.cands[pg.chosen].e)
		if pe.Admin1Code == "" || pe.Kind == gazetteer.Country || pe.Kind == gazetteer.Region1 {
			continue
		}
		if g.chosen >= 0 && g.chosen < len(g.cands) && m.ent(g.cands[g.chosen].e).Country == pe.Country {
			// already in the place's country ("Raqqa, Raqqah and Ar Raqqah" is a list), unless
			// the name is only another name of a town, which after a place and a comma names
			// the place's region ("Tinker Air Force Base, Oklahoma" is the state, not Oklahoma
			// City, near as the city is; not in a list of names: "Raqqa, Raqqah and Ar Raqqah")
			if c := g.cands[g.chosen]; m.ent(c.e).Kind == gazetteer.Region1 || c.flags&fMain != 0 || listGoesOn(segments[r.seg][r.end:]) {
				continue
			}
		}
		for ci, c := range g.cands {
			if e := m.ent(c.e); e.Kind == gazetteer.Region1 && e.Admin1Code == pe.Admin1Code {
				g.chosen = ci
				break
			}
		}
	}
}

// townOfItsState makes X of "X, Y," the town of X in Y when Y is a state of the United States,
// X was resolved outside it and the two are no list: "of Washington, Pennsylvania, died" is
// Washington, Pennsylvania, not the capital nor the state of Washington; so "Nevada,
// Missouri", "Indiana, Pennsylvania".
func (m *Matcher) townOfItsState(segments []string, raws []raw, groups []group) {
	for k := 1; k < len(raws); k++ {
		p, r := raws[k-1], raws[k]
		if p.seg != r.seg || strings.TrimSpace(segments[r.seg][p.end:r.start]) != "," || listGoesOn(segments[r.seg][r.end:]) ||
			k >= 2 && raws[k-2].seg == p.seg && strings.TrimSpace(segments[p.seg][raws[k-2].end:p.start]) == "," {
			continue // (not in a list: "Washington, Oregon and Idaho", "Ohio, Indiana, Illinois")
		}
		pg, g := &groups[p.group], &groups[r.group]
		if g.chosen < 0 || g.chosen >= len(g.cands) || pg.chosen < 0 || pg.chosen >= len(pg.cands) {
			continue
		}
		state := m.ent(g.cands[g.chosen].e)
		if state.Kind == gazetteer.Country && m.ent(pg.cands[pg.chosen].e).Country != state.Country {
			// "of Rome, Georgia, died … at Aviano Air Base, Italy": a town and the country of
			// Georgia make no pair; a town of that name in the state of Georgia does
			for gi, c := range g.cands {
				if e := m.ent(c.e); e.Kind == gazetteer.Region1 && e.Country == "US" && slices.ContainsFunc(pg.cands, func(pc cand) bool {
					f := m.ent(pc.e)
					return f.Kind == gazetteer.Place && f.Admin1Code == e.Admin1Code
				}) {
					g.chosen, state = gi, e
					break
				}
			}
		}
		if state.Kind != gazetteer.Region1 || state.Country != "US" {
			continue
		}
		if cur := m.ent(pg.cands[pg.chosen].e); cur.Admin1Code == state.Admin1Code {
			continue
		}
		for ci, c := range pg.cands {
			if e := m.ent(c.e); e.Kind == gazetteer.Place && e.Admin1Code == state.Admin1Code {
				pg.chosen = ci
				break
			}
		}
	}
}

// mentions appends to dst the mentions of the raws whose groups were not dropped.
func (m *Matcher) mentions(dst []Mention, segments []string, raws []raw, groups []group) []Mention {
	if len(raws) == 0 {
		return dst
	}
	shown := 0 // the mentions of groups found to be no places are left out
	for _, r := range raws {
		if !groups[r.group].drop {
			shown++
		}
	}
	if dst == nil {
		dst = make([]Mention, 0, shown)
	} else {
		dst = slices.Grow(dst, shown)
	}
	base := len(dst) // the document's mentions are dst[base:]
	// placed[k]: 1 + the index of the first mention of group k, 0 = none yet; the later
	// mentions of a group share its place
	var few [64]int32 // placed of a document of few groups, without a heap allocation
	placed := few[:0]
	if len(groups) <= len(few) {
		placed = few[:len(groups)]
	} else {
		placed = make([]int32, len(groups))
	}
	for _, r := range raws {
		g := &groups[r.group]
		if g.drop {
			continue
		}
		var p Place
		if k := placed[r.group]; k > 0 {
			p = dst[base+int(k)-1].Place
		} else {
			p = m.place(g.cands[g.chosen].e)
			placed[r.group] = int32(len(dst)-base) + 1
		}
		end := r.end
		if t := segments[r.seg][r.start:end]; pluralPossessive(t) {
			end -= len(t) - len(strings.TrimRight(t, "'’")) // "Laos'": the name without its apostrophe
		}
		dst = append(dst, Mention{Segment: r.seg, Start: r.start, End: end,
			Text: segments[r.seg][r.start:end], Place: p, Actor: r.attributive && p.Kind == "country"})
	}
	m.installationShortNames(dst[base:], raws, groups)
	return dst
}

// installationShortNames gives a one-word name the installation that the document names in
// full with it and a generic ending, wherever the name alone was found as another place:
// "Ellsworth Air Force Base in South Dakota … Work at Ellsworth began" is the base twice, not
// Ellsworth, Maine, the second time.
func (m *Matcher) installationShortNames(ms []Mention, raws []raw, groups []group) {
	var heads [4]struct {
		head string
		p    Place
	}
	n := 0
	for _, r := range raws {
		g := &groups[r.group]
		if g.drop || n == len(heads) {
			continue
		}
		e := m.ent(g.cands[g.chosen].e)
		if e.Kind == gazetteer.Country || e.Kind == gazetteer.Region1 {
			continue
		}
		if head := installationHead(e.Name); head != "" {
			heads[n].head, heads[n].p = head, m.place(g.cands[g.chosen].e)
			n++
		}
	}
	for i := range ms {
		for _, h := range heads[:n] {
			if ms[i].Text == h.head && ms[i].Place.ID != h.p.ID && (ms[i].Place.Kind == "city" || ms[i].Place.Kind == "region2") {
				ms[i].Place = h.p
			}
		}
	}
}

// installationHead returns the one word that an installation's name puts before a generic
// ending ("Ellsworth" of "Ellsworth Air Force Base", "Buckley" of "Buckley Space Force Base"),
// or "" when the name has no such form.
func installationHead(name string) string {
	for _, g := range [...]string{" Air Force Base", " Space Force Base", " Air Base", " Air Force Station", " Space Force Station",
		" Army Airfield", " Air Reserve Base", " Air National Guard Base", " AFB", " SFB", " ANGB", " ARB", " AAF"} {
		if head, ok := strings.CutSuffix(name, g); ok && head != "" && !strings.ContainsAny(head, " -") {
			return head
		}
	}
	// depots, arsenals and plants, whose short name may have two words: "Blue Grass Army
	// Depot … Blue Grass workers", "Lake City Army Ammunition Plant … Lake City"
	for _, g := range [...]string{" Army Depot", " Chemical Depot", " Army Ammunition Plant", " Arsenal", " Chemical Activity"} {
		if head, ok := strings.CutSuffix(name, g); ok && head != "" && strings.Count(head, " ") <= 1 && !strings.Contains(head, "-") {
			return head
		}
	}
	return ""
}

// words returns the folded words of tokens i to j joined by spaces.
func (s *scanner) words(i, j int) string {
	if i == j {
		return string(s.buf[s.toks[i].fs:s.toks[i].fe])
	}
	var b strings.Builder
	b.Grow(int(s.toks[j].fe-s.toks[i].fs) + j - i)
	for t := i; t <= j; t++ {
		if t > i {
			b.WriteByte(' ')
		}
		b.Write(s.buf[s.toks[t].fs:s.toks[t].fe])
	}
	return b.String()
}

// shortForms resolves a town's name that begins a longer town's name the document also uses
// to that town: "Avondale Estates ... Avondale" is Avondale Estates, not Avondale, Arizona.
// Both names must be plain and name only populated places (so "New York" beside "New York
// City" stays the state), and the longer one must add a word that is not generic ("London
// City" does not make "London" the City of London).
func (m *Matcher) shortForms(groups []group) {
	placesOnly := func(g *group) bool {
		for _, c := range g.cands {
			if m.ent(c.e).Kind != gazetteer.Place {
				return false
			}
		}
		return len(g.cands) > 0
	}
	var longer []int // plain groups whose name has several words
	for b := range groups {
		if gb := &groups[b]; gb.variant == vPlain && !gb.drop && !gb.hidden && strings.IndexByte(gb.name, ' ') > 0 {
			longer = append(longer, b)
		}
	}
	if len(longer) == 0 {
		return
	}
	for a := range groups {
		ga := &groups[a]
		if ga.variant != vPlain || ga.name == "" || ga.drop || !placesOnly(ga) {
			continue
		}
		for _, b := range longer {
			gb := &groups[b]
			if b == a || len(gb.name) <= len(ga.name)+1 || gb.name[len(ga.name)] != ' ' || !strings.HasPrefix(gb.name, ga.name) ||
				genericWords(gb.name[len(ga.name)+1:]) || !placesOnly(gb) {
				continue
			}
			ga.cands = slices.Clone(gb.cands)
			ga.prior = slices.Clone(gb.prior)
			ga.chosen = gb.chosen
			ga.weak, ga.needNear = gb.weak, gb.needNear
			break
		}
	}
}

// genericWords reports whether every word of a folded name is a generic or common word
// ("city", "heights", "north"): "London City" is no longer name of which "London" is short.
func genericWords(name string) bool {
	for w := range strings.FieldsSeq(name) {
		if !lowerOK[w] && !commonWords[w] && !modifierWords[w] {
			return false
		}
	}
	return true
}

// wordOut returns the trie output of one folded word, or -1.
func (m *Matcher) wordOut(w []byte) int32 {
	n := int32(0)
	for _, b := range w {
		if n = m.trie.child(n, b); n == 0 {
			return -1
		}
	}
	if o := m.trie.out[n]; o >= 0 && len(m.outs[o].cands) > 0 {
		return o
	}
	return -1
}

// altOnly reports whether a group's candidates were all found by an alternate name.
func (m *Matcher) altOnly(g *group) bool {
	for _, c := range g.cands {
		if c.flags&(fMain|fAlias|fCurated) != 0 || m.custom[c.e] {
			return false
		}
	}
	return true
}

// riverOf returns the output of the key "X river" for the one-word name at token i when its
// candidates include a river (the curated rivers: the gazetteer has no others), else -1.
func (m *Matcher) riverOf(s *scanner, i, j int) int32 {
	return m.genericOut(s, i, j, "river", func(e *gazetteer.Entry) bool { return e.Kind == gazetteer.Feature && e.FeatureCode == "STM" })
}

// featureOf returns the output of the name of tokens i..j and a generic word ("Omaha Beach",
// "Beaufort Sea"), when the gazetteer has one as a feature, or -1.
func (m *Matcher) featureOf(s *scanner, i, j int, generic string) int32 {
	return m.genericOut(s, i, j, generic, func(e *gazetteer.Entry) bool { return e.Kind == gazetteer.Feature })
}

// genericOut returns the output of the folded words of tokens i..j followed by a generic word
// ("dnipro" and "river"), when one of its candidates is of the kind wanted, or -1.
func (m *Matcher) genericOut(s *scanner, i, j int, generic string, wanted func(*gazetteer.Entry) bool) int32 {
	var buf [64]byte
	k := buf[:0]
	for t := i; t <= j; t++ {
		w := s.buf[s.toks[t].fs:s.toks[t].fe]
		if len(k)+len(w)+len(generic) > len(buf) {
			return -1
		}
		k = append(k, w...)
	}
	o := m.wordOut(append(k, generic...))
	if o < 0 {
		return -1
	}
	for _, c := range m.outs[o].cands {
		if wanted(m.ent(c.e)) {
			return o
		}
	}
	return -1
}

// waterOut reports whether a candidate of out o is a water body named with its generic word
// ("Philippine Sea").
func (m *Matcher) waterOut(o int32) bool {
	for _, c := range m.outs[o].cands {
		if e := m.ent(c.e); e.Kind == gazetteer.Feature && waterName(e.Name) {
			return true
		}
	}
	return false
}

// listGoesOn reports whether the text after a name goes on with a list's next name: "and" or
// "or", perhaps after a comma, or a comma and a capitalised word ("the Zaïre, Bundibugyo, Côte
// d'Ivoire and Sudan strains": no "X, Y" of Bundibugyo in Côte d'Ivoire; see Matcher.elsewhere).
func listGoesOn(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	comma := strings.HasPrefix(rest, ",")
	if comma {
		rest = strings.TrimLeft(rest[1:], " ")
	}
	if strings.HasPrefix(rest, "and ") || strings.HasPrefix(rest, "or ") {
		return true
	}
	return comma && rest != "" && rest[0] >= 'A' && rest[0] <= 'Z'
}

// atWords place a name that "in" and a region then place further: "at Henderson in Western
// Australia" (see Matcher.elsewhere; "from Fort Bragg in Poland" names where the troops are).
var atWords = map[string]bool{"at": true, "near": true, "outside": true, "on": true}

// listGaps join the names of a list.
var listGaps = map[string]bool{",": true, "and": true, ", and": true, "or": true, ", or": true}

// compassOfAhead reports whether rest, the text after a name, opens with a comma, a compass
// word and "of": ", west of Manbij", ", south of Kirkuk".
func compassOfAhead(rest string) bool {
	rest, ok := strings.CutPrefix(rest, ", ")
	if !ok {
		return false
	}
	w, after, ok := strings.Cut(rest, " ")
	return ok && compassWords[strings.ToLower(w)] && strings.HasPrefix(after, "of ")
}

// cityInOwnRegion reports whether output o names both a first-level region and a town of
// 100,000 people or more inside it: "New York", the city in New York state.
func (m *Matcher) cityInOwnRegion(o int32) bool {
	for _, c := range m.outs[o].cands {
		e := m.ent(c.e)
		if e.Kind != gazetteer.Place || e.Population < 100000 || c.flags&(fAbbr|fBare) != 0 {
			continue
		}
		for _, d := range m.outs[o].cands {
			if r := m.ent(d.e); r.Kind == gazetteer.Region1 && r.Admin1Code == e.Admin1Code && d.flags&fAbbr == 0 {
				return true
			}
		}
	}
	return false
}

// districtOf reports whether a name and the gap after it end in "district of" or "districts
// of", the word "district" in the name's span or in the gap.
func districtOf(name, gap string) bool {
	if gap != "of" {
		return true // "district of", "districts of"
	}
	name = strings.ToLower(name)
	return strings.HasSuffix(name, " district") || strings.HasSuffix(name, " districts")
}

// listEndIn reports whether gap, the text between two names, is a list's last name that is no
// name the matcher knows, then "in": ", and Hryhorivka in", "and Berestky in".
func listEndIn(gap string) bool {
	rest, ok := strings.CutSuffix(gap, " in")
	if !ok {
		return false
	}
	for _, p := range []string{", and ", "and ", ", or ", "or ", ", "} {
		if r, ok := strings.CutPrefix(rest, p); ok {
			rest = r
			break
		}
		if p == ", " {
			return false
		}
	}
	words := strings.Fields(rest)
	if len(words) == 0 || len(words) > 2 {
		return false
	}
	for _, w := range words {
		if w[0] < 'A' || w[0] > 'Z' || strings.ContainsAny(w, ".,;:") {
			return false
		}
	}
	return true
}

// possessiveEnd returns the length of a possessive's "'s" or "’s" at end of seg that ends a
// word (not "'s " before another word of the name, token.poss), or 0.
func possessiveEnd(seg string, end int) int {
	for _, p := range [...]string{"'s", "’s"} {
		if strings.HasPrefix(seg[end:], p) {
			k := end + len(p)
			if k == len(seg) || !isWordByte(seg, k) {
				return len(p)
			}
		}
	}
	return 0
}

// wordAfterIs reports whether the token after k, joined to it, is the folded word w.
func (s *scanner) wordAfterIs(k int, w string) bool {
	return k+1 < len(s.toks) && s.toks[k].join && s.word(k+1) == w
}

// countryOrBigRegion reports whether a candidate of output o is a country or a first-level
// region of half a million people or more, whose name "the" does not make a river's
// ("the Mississippi and Alabama guard units"; Puerto Rico's Río Grande municipality is none).
func (m *Matcher) countryOrBigRegion(o int32) bool {
	for _, c := range m.outs[o].cands {
		if e := m.ent(c.e); e.Kind == gazetteer.Country || e.Kind == gazetteer.Region1 && e.Population >= 500000 {
			return true
		}
	}
	return false
}

// subjectAhead reports whether rest, after Y of "X, Y", opens with a verb of Y as a subject:
// "in Andijan, Tashkent gave Washington 180 days" ends an opening phrase at the comma; X is no
// place of Y's.
func subjectAhead(rest string) bool {
	w, ok := strings.CutPrefix(rest, " ")
	if !ok {
		return false
	}
	if k := strings.IndexAny(w, " ,.;:"); k >= 0 {
		w = w[:k]
	}
	if len(w) < 3 || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	return subjectVerbs[w] || speechVerbs[w] || len(w) > 4 && strings.HasSuffix(w, "ed") && !participleNouns[w]
}

// openingPhrase reports whether the sentence that before ends in opens with a preposition or a
// participle of an opening phrase: "Following the May 2005 unrest in", "After the fighting in".
func openingPhrase(before string) bool {
	k := strings.LastIndex(before, ". ")
	if k >= 0 {
		before = before[k+2:]
	}
	before = strings.TrimLeft(before, " \"“(")
	w, _, _ := strings.Cut(before, " ")
	return openingWords[w]
}

// openingWords open a sentence's opening phrase: see openingPhrase.
var openingWords = wordSet(`Following After Before During Since Despite Amid Amidst Throughout Unlike Like
Beyond Besides Upon`)

// subjectVerbs: see subjectAhead.
var subjectVerbs = wordSet(`gave sent took made began has had will would can could must agreed asked
gives sends takes makes`)

// participleNouns end in -ed but do not follow a subject so: "X, Y based", "X, Y area".
var participleNouns = wordSet(`based located headquartered situated`)

// compassRegion reports whether output o names a feature or a region whose name opens with a
// compass word: "Southern Red Sea", "Eastern Mediterranean", "Northern Europe".
func (m *Matcher) compassRegion(o int32) bool {
	for _, c := range m.outs[o].cands {
		if e := m.ent(c.e); e.Kind == gazetteer.Feature {
			w, _, _ := strings.Cut(e.Name, " ")
			if compassAdjectives[strings.ToLower(w)] {
				return true
			}
		}
	}
	return false
}
