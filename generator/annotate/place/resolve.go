package place

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

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
	placeCue   map[int32]bool
	// demonyms counts the demonyms of each country, ctx holds the context countries
	demonyms map[string]float64
	ctx      map[string]bool
	groupMemory
}

// newResolveState returns an empty resolveState, taken from m.states (the states no call is
// using) or made anew.
func (m *Matcher) newResolveState() *resolveState {
	if st, ok := m.states.Get().(*resolveState); ok {
		return st
	}
	return &resolveState{index: map[int64]int{}, person: map[int32]bool{}, placeCue: map[int32]bool{},
		demonyms: map[string]float64{}, ctx: map[string]bool{}}
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
	st.index, st.person, st.placeCue = emptied(st.index), emptied(st.person), emptied(st.placeCue)
	st.demonyms, st.ctx = emptied(st.demonyms), emptied(st.ctx)
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
			if s.toks[t].upper && !s.toks[t].allUpper {
				if cc := demonymCountryOf(s.buf[s.toks[t].fs:s.toks[t].fe]); cc != "" {
					demonymVotes[cc]++
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
			if t := &s.toks[i]; !t.upper && !m.lowerStart && !isArticle(s.buf[t.fs:t.fe]) {
				i++
				continue
			}
			type hit struct {
				j int
				o int32
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
					hits[nh] = hit{t, o}
					nh++
				}
				if !s.toks[t].join {
					break
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
				end, ok, weak, abbrOnly, why := s.accept(i, h.j, h.o, prev)
				if !ok {
					if why == rejPerson {
						person[h.o] = true
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
						if s.attributive(i, s.toks[h.j].end) {
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
					if ok && m.hasVariant(h.o, v) {
						variant, j = v, j+1
						end = s.toks[j].end
					}
				}
				if variant == vPlain && end == s.toks[j].end {
					if v := s.pluralAhead(j); v != vPlain && m.hasVariant(h.o, v) && (!s.pluralNext(j) || s.listBefore(i)) {
						variant = v // "Cooke, Grayson and Love counties"
					}
				}
				if !m.hasVariant(h.o, variant) {
					continue // "Walker" alone is not Walker County
				}
				field := variant == vPlain && end == s.toks[j].end && s.fieldAhead(j)
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
				if field {
					// "the Kirkuk oil field" is by Kirkuk only with support nearby, and
					// by no place that has the name only as another name
					groups[g].weak, groups[g].needNear = true, true
					m.keepOwnNamed(&groups[g])
				}
				if weak && variant == vPlain && m.smallOnly(h.o) {
					// a common word naming only small places ("Council", Idaho)
					groups[g].needNear = true
				}
				if variant == vPlain && i == h.j && givenNames[string(s.buf[s.toks[i].fs:s.toks[i].fe])] && m.smallOnly(h.o) {
					// a given name or surname on its own: likelier a person (or a vehicle)
					groups[g].weak, groups[g].needNear = true, true
				}
				if s.dateline(i, j) {
					groups[g].dateline = true
				}
				if end == s.toks[j].end && s.polityAhead(j) {
					groups[g].polity = true
				}
				if end == s.toks[j].end && j+1 < len(s.toks) && s.toks[j].join && s.facilityAhead(j+1) || s.afterInstallation(i) {
					groups[g].facility = true
				}
				if s.locative(i) && !(j+1 < len(s.toks) && s.toks[j].join && s.toks[j+1].upper) || s.regionAfterComma(j) {
					placeCue[h.o] = true // "in Albany", but not "in Western Anbar"; "WESTFORD, Mass."
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
			switch gap {
			case ",":
				groups[a.group].contains = append(groups[a.group].contains, b.group)
				groups[b.group].holds = append(groups[b.group].holds, a.group)
				groups[a.group].nearby = append(groups[a.group].nearby, b.group)
				groups[b.group].nearby = append(groups[b.group].nearby, a.group)
			case "in", ", in", "on":
				// "Rota in Spain", as "Rota, Spain": the town in Spain (score skips
				// "Iraq in Kuwait", two places of one kind); so "Souda Bay on Crete", an
				// island or a region around the place
				groups[a.group].contains = append(groups[a.group].contains, b.group)
				groups[b.group].holds = append(groups[b.group].holds, a.group)
			case "and", ", and", "or", ", or", ";", "/", "&", "to", "-", "–", "and the":
				groups[a.group].nearby = append(groups[a.group].nearby, b.group)
				groups[b.group].nearby = append(groups[b.group].nearby, a.group)
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
	m.shortForms(groups)
	ctx := st.ctx
	for _, c := range countries {
		ctx[strings.ToUpper(strings.TrimSpace(c))] = true
	}
	m.disambiguate(groups, ctx, demonymVotes, segments, &words)
	m.pairPlaceRegion(segments, raws, groups)
	return m.mentions(dst, segments, raws, groups), m.mentions(nil, segments, hiddenRaws, groups)
}

// pairPlaceRegion makes a name written right after "Place, " the first-level region the place
// lies in, when it has that region among its candidates and was resolved in another country:
// "Fort Gordon, Georgia" in a briefing on Syria is the US state, not the country the Middle
// East's places lie near.
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
		if pe.Admin1Code == "" || pe.Kind == gazetteer.Country || pe.Kind == gazetteer.Region1 ||
			g.chosen >= 0 && g.chosen < len(g.cands) && m.ent(g.cands[g.chosen].e).Country == pe.Country {
			continue // already in the place's country ("Raqqa, Raqqah and Ar Raqqah" is a list)
		}
		for ci, c := range g.cands {
			if e := m.ent(c.e); e.Kind == gazetteer.Region1 && e.Admin1Code == pe.Admin1Code {
				g.chosen = ci
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
		dst = append(dst, Mention{Segment: r.seg, Start: r.start, End: r.end,
			Text: segments[r.seg][r.start:r.end], Place: p, Actor: r.attributive && p.Kind == "country"})
	}
	return dst
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

// smallPop: see tiny.
const smallPop = 5000

// nationNamesakePop: the own name of a first-level region of nationPop people or more is no
// name of a place of fewer people ("Florida" is not Florida, Puerto Rico, 5,652 people; see
// newGroup).
const nationNamesakePop = 30000

// cityNamePop: a name that a city of this many people has is no region's own name in the
// sense of nationNamesakePop ("Moscow", "Cairo": the first-level regions of those cities).
const cityNamePop = 100000

// widePop: a name of a feature of no one country (an ocean, a sea, a continent) is no name of
// a place of fewer people (see newGroup).
const widePop = 100000

// tiny reports whether every candidate of a group is a populated place of fewer than smallPop
// people named by its main name, none of them a site's own.
func (m *Matcher) tiny(g *group) bool {
	for _, c := range g.cands {
		e := m.ent(c.e)
		if e.Kind != gazetteer.Place || e.Population >= smallPop || m.custom[c.e] || c.flags&fAlias != 0 || unknownSeat(e) {
			return false
		}
	}
	return true
}

// unknownSeat reports whether e is an administrative seat whose population GeoNames does not
// give (0): in Iraq and Syria such seats are often towns of thousands ("Taftanaz").
func unknownSeat(e *gazetteer.Entry) bool {
	return e.Population == 0 && strings.HasPrefix(e.FeatureCode, "PPLA")
}

// lowerWord reports whether the documents' segments contain w (lower-case ASCII) as a
// whole word.
func lowerWord(segments []string, w string) bool {
	for _, seg := range segments {
		for off := 0; ; {
			i := strings.Index(seg[off:], w)
			if i < 0 {
				break
			}
			i += off
			e := i + len(w)
			if (i == 0 || !isWordByte(seg, prevRuneStart(seg, i))) && (e == len(seg) || !isWordByte(seg, e)) {
				return true
			}
			off = i + 1
		}
	}
	return false
}

// writtenLower reports lowerWord(segments, g.word), searching the segments only the first
// time it is asked for g and only if the words noted of them allow it.
func (g *group) writtenLower(segments []string, words *textWords) bool {
	if g.lower == 0 {
		g.lower = 1
		if words.mayBeLower(g.word) && lowerWord(segments, g.word) {
			g.lower = 2
		}
	}
	return g.lower == 2
}

func prevRuneStart(s string, i int) int {
	_, n := utf8.DecodeLastRuneInString(s[:i])
	return i - n
}

// countyOnly reports whether every candidate of a key is a second-level region found by its
// main name ("Henderson County"): a name that says which county a text is about even inside
// an organisation's name.
func (m *Matcher) countyOnly(o int32) bool {
	for _, c := range m.outs[o].cands {
		if m.ent(c.e).Kind != gazetteer.Region2 || c.flags&fMain == 0 {
			return false
		}
	}
	return len(m.outs[o].cands) > 0
}

// regionsOnly reports whether every candidate of a key is a first- or second-level region
// from the gazetteer (not a site's own place or alias).
func (m *Matcher) regionsOnly(o int32) bool {
	for _, c := range m.outs[o].cands {
		if k := m.ent(c.e).Kind; k != gazetteer.Region1 && k != gazetteer.Region2 || m.custom[c.e] || c.flags&fAlias != 0 {
			return false
		}
	}
	return len(m.outs[o].cands) > 0
}

// namesCountryOrRegions reports whether a key names a country, or regions only.
func (m *Matcher) namesCountryOrRegions(o int32) bool {
	regions := 0
	for _, c := range m.outs[o].cands {
		switch m.ent(c.e).Kind {
		case gazetteer.Country:
			return true
		case gazetteer.Region1, gazetteer.Region2:
			regions++
		}
	}
	return regions > 0 && regions == len(m.outs[o].cands)
}

// namesCountryOrRegion1 reports whether some candidate of a key is a country or a first-level
// region.
func (m *Matcher) namesCountryOrRegion1(o int32) bool {
	for _, c := range m.outs[o].cands {
		if k := m.ent(c.e).Kind; k == gazetteer.Country || k == gazetteer.Region1 {
			return true
		}
	}
	return false
}

// portfolioTitles are the titles of ministers and their like, whose portfolio a common word
// before them names ("Energy Secretary").
var portfolioTitles = wordSet(`secretary minister commissioner`)

// oneBigRegion reports whether a key names a single first-level region of a million people
// or more: "West Bank" is a name, not a description, where "West Coast" and "Eastern
// Province" are regions of several countries or small ones.
func (m *Matcher) oneBigRegion(o int32) bool {
	cands := m.outs[o].cands
	if len(cands) != 1 {
		return false
	}
	e := m.ent(cands[0].e)
	return e.Kind == gazetteer.Region1 && e.Population >= 1000000
}

// countryOrRegion reports whether some candidate of output o is a country or a first-level
// region.
func (m *Matcher) countryOrRegion(o int32) bool {
	for _, c := range m.outs[o].cands {
		if k := m.ent(c.e).Kind; k == gazetteer.Country || k == gazetteer.Region1 {
			return true
		}
	}
	return false
}

// townsOrCounties reports whether every candidate of output o is a populated place or a
// second-level region and none is big or the site's own (smallOnly): not a curated feature
// ("Incirlik jets" flew from the air base).
func (m *Matcher) townsOrCounties(o int32) bool {
	for _, c := range m.outs[o].cands {
		if k := m.ent(c.e).Kind; k != gazetteer.Place && k != gazetteer.Region2 {
			return false
		}
	}
	return m.smallOnly(o)
}

// smallOnly reports whether no candidate of output o is a country, a first-level region, a
// feature of no one country (an ocean, a continent), a place of 100,000 people or more, or a
// site alias or custom place.
func (m *Matcher) smallOnly(o int32) bool {
	for _, c := range m.outs[o].cands {
		e := m.ent(c.e)
		if e.Kind == gazetteer.Country || e.Kind == gazetteer.Region1 || e.Kind == gazetteer.Feature && e.Country == "" ||
			e.Population >= 100000 || m.custom[c.e] || c.flags&fAlias != 0 {
			return false
		}
	}
	return true
}

// fits reports whether a candidate fits a group variant.
func (m *Matcher) fits(c cand, variant uint8) bool {
	k := m.ent(c.e).Kind
	switch variant {
	case vAbbr:
		return c.flags&fAbbr != 0
	case vRegion1:
		return k == gazetteer.Region1 && c.flags&fAbbr == 0
	case vRegion2:
		return k == gazetteer.Region2 && c.flags&fAbbr == 0
	case vCity:
		return k == gazetteer.Place && c.flags&(fAbbr|fBare) == 0
	}
	return c.flags&(fAbbr|fBare) == 0
}

// suffixLevel returns the variant a region's suffix w after a name asks for, and whether w is
// one. "province" asks for a first-level region, or a second-level one when no first-level
// region has the name, as the provinces of the Philippines are second-level regions ("Sulu
// province"); "county" asks for a second-level region, or a first-level one when no
// second-level region has the name, as the counties of Kenya, Liberia or Estonia are
// first-level regions ("Lamu county").
func (m *Matcher) suffixLevel(o int32, w string) (uint8, bool) {
	v, ok := suffixes[w]
	switch {
	case w == "province" && !m.hasVariant(o, vRegion1) && m.hasVariant(o, vRegion2):
		v = vRegion2
	case w == "county" && !m.hasVariant(o, vRegion2) && m.hasVariant(o, vRegion1):
		v = vRegion1
	}
	return v, ok
}

func (m *Matcher) hasVariant(o int32, variant uint8) bool {
	for _, c := range m.outs[o].cands {
		if m.fits(c, variant) {
			return true
		}
	}
	return false
}

// ResolveName resolves a name given on its own (not found in running text) in the context of
// a document's mentions and context countries. It applies no recognition rules: the caller
// asserts that the string is a place name.
func (m *Matcher) ResolveName(name string, context []Mention, countries []string) (Place, bool) {
	return m.resolveName(name, context, countries, nil)
}

// resolveName is ResolveName with local, when not nil, as the first guess for a name the
// gazetteer lacks or finds by part of it only (see ResolveSpan); the document's focus is the
// next.
func (m *Matcher) resolveName(name string, context []Mention, countries []string, local func() (Place, bool)) (Place, bool) {
	fallback := func() (Place, bool) {
		if local != nil {
			if p, ok := local(); ok {
				return p, true
			}
		}
		return focus(context)
	}
	w := m.fold.words(name)
	if len(w) == 0 {
		return Place{}, false
	}
	// Every repeat of a name in a document is one place: a name the document's mentions
	// include resolves as they do ("New York" in "New York Times" beside "New York", the city);
	// with a region's suffix it is the region of that name around it ("Karak district" beside
	// "Karak", the town, is Karak governorate, whatever the text calls it).
	_, suffixed := suffixes[w[len(w)-1]]
	suffixed = suffixed && len(w) > 1 && suffixes[w[len(w)-1]] != vCity
	for _, c := range context {
		ws := m.fold.words(c.Text)
		if slices.Equal(ws, w) {
			return c.Place, true
		}
		if i, ok := m.slugIndex()[c.Place.Slug]; ok && suffixed && slices.Equal(ws, w[:len(w)-1]) {
			if o := m.trie.find(strings.Join(ws, "")); o >= 0 {
				for _, d := range m.outs[o].cands {
					if e := m.ent(d.e); (e.Kind == gazetteer.Region1 || e.Kind == gazetteer.Region2) && contains(e, m.ent(i)) {
						return m.place(d.e), true
					}
				}
			}
		}
	}
	if p, ok := m.initialsPlace(name, context); ok {
		return p, true // "SA" in a text about Durban, "T&T" beside "Trinidad"
	}
	if cont := unionAcronyms[strings.Join(w, " ")]; cont != "" && allUpper(name) {
		if p, ok := m.continent(cont); ok {
			return p, true // "EU" is not Eu, France
		}
	}
	// The demonym of a nation of the United Kingdom or of a people's region is that nation or
	// region ("English" → England, "Kurdish" → Kurdistan).
	if n := demonymRegion[strings.Join(w, " ")]; n != "" {
		if o := m.trie.find(strings.Join(m.fold.words(n), "")); o >= 0 {
			for _, c := range m.outs[o].cands {
				if e := m.ent(c.e); e.Kind == gazetteer.Region1 || e.Kind == gazetteer.Feature {
					return m.place(c.e), true
				}
			}
		}
	}
	// A demonym is its country before any town of that name ("Canadian", "Spanish").
	if len(w) == 1 {
		if cc := demonymCountry[w[0]]; cc != "" {
			if i, ok := m.countryIdx[cc]; ok {
				return m.place(i), true
			}
		}
	}
	if len(w) > 1 && w[len(w)-1] == "co" && strings.HasSuffix(strings.TrimSpace(name), ".") {
		w = append(w[:len(w)-1:len(w)-1], "county") // "Loudon Co."
	}
	o := m.trie.find(strings.Join(w, ""))
	if (o < 0 || m.outs[o].block || len(m.outs[o].cands) == 0) && len(w) > 1 && articles[w[0]] {
		o = m.trie.find(strings.Join(w[1:], ""))
	}
	partial := false // found by part of the name only
	if (o < 0 || m.outs[o].block || len(m.outs[o].cands) == 0) && len(w) > 1 {
		o, partial = m.headName(w, allUpper(strings.Fields(name)[0])), true
	}
	if o < 0 || m.outs[o].block || len(m.outs[o].cands) == 0 {
		// "University of Alberta", "Bank of Japan", "Stade de France": the place after the
		// last "of"
		for k := len(w) - 2; k >= 1; k-- {
			if w[k] == "of" || romanceOf[w[k]] {
				if t := w[k+1:]; !(len(t) == 1 && (stopWords[t[0]] || commonWords[t[0]])) {
					o, partial = m.trie.find(strings.Join(t, "")), true
				}
				break
			}
		}
	}
	if o < 0 || m.outs[o].block || len(m.outs[o].cands) == 0 {
		key := strings.Join(w, " ")
		if len(w) > 1 && (demonymCountry[w[0]] != "" || demonymContinent[w[0]] != "") {
			key = w[0] // "Syrian coast": the country is the nearest known place
		}
		if len(w) == 1 && demonymCountry[key] == "" && strings.HasSuffix(key, "s") {
			key = strings.TrimSuffix(key, "s") // "Latvians", "Czechs"
		}
		if cc := demonymCountry[key]; cc != "" {
			if i, ok := m.countryIdx[cc]; ok {
				return m.place(i), true
			}
		}
		if cont := demonymContinent[key]; cont != "" {
			if p, ok := m.continent(cont); ok {
				return p, true
			}
		}
		if o = m.demonymPlace(w); o < 0 {
			// A name the gazetteer lacks (a street, a building, a neighbourhood) is most
			// likely in the place the document is about.
			return fallback()
		}
		partial = false
	}
	// A county's name without its "County" is the county when the document names it in full
	// ("Suffolk" beside "Suffolk County" is not Suffolk, Virginia).
	for _, c := range m.outs[o].cands {
		if c.flags&fBare == 0 {
			continue
		}
		for _, x := range context {
			if x.Place.ID == m.ent(c.e).ID && x.Place.Kind == "region2" {
				return x.Place, true
			}
		}
	}
	variant := vPlain
	if strings.HasSuffix(strings.TrimSpace(name), ".") && m.hasVariant(o, vAbbr) {
		variant = vAbbr // "Pa.", "Ont.": the caller asserts a place, so the abbreviation
	}
	g := m.newGroup(o, variant, nil)
	ctx := map[string]bool{}
	for _, c := range countries {
		ctx[strings.ToUpper(c)] = true
	}
	v := m.newVotes()
	for _, c := range context {
		p := c.Place
		v.n++
		if p.Kind != "country" && p.Kind != "feature" && p.HasCoords && len(v.points) < maxPoints {
			v.points = append(v.points, vpoint{p.Lat, p.Lon, -4, -4, -1, false}) // no group: never skipped
		}
		i, ok := m.slugIndex()[p.Slug]
		if !ok {
			continue
		}
		code := m.codes[i]
		v.country[code.country]++
		if p.Kind == "country" {
			v.named[code.country]++
			v.nNamed++
		}
		if code.a1 != 0 {
			v.admin1[code.a1]++
		}
		if code.a2 != 0 {
			v.admin2[code.a2]++
		}
	}
	v.setTop()
	best, bestScore := 0, math.Inf(-1)
	for ci, c := range g.cands {
		if sc := m.score(c, g.prior[ci], ctx, v, &g, nil); m.better(c, sc, g.cands[best], bestScore) {
			best, bestScore = ci, sc
		}
	}
	p := m.place(g.cands[best].e)
	weakWord := len(w) == 1 && (commonWords[w[0]] || givenNames[w[0]] || dayMonth[w[0]] || orgHeads[w[0]])
	// A municipality named after a famous place ("Washington Township", "West Chester Twp.")
	// lies where the text is, not in that place.
	municipal := partial && municipalWords[w[len(w)-1]]
	if partial && local != nil {
		// "Loyola University in Los Angeles": the place the text puts it in, before a
		// place that shares a word with it.
		if lp, ok := local(); ok {
			return lp, true
		}
	}
	if (partial || weakWord) && (!landmark(p) || municipal) && m.ent(g.cands[best].e).FeatureCode != "CONT" && !nearContext(p, context, focusKm) {
		// "Bandera Street" in a text about another town is rarely in Bandera, Texas.
		if f, ok := fallback(); ok {
			return f, true
		}
	}
	if p.Kind == "city" && p.Population < foreignPop && v.n > 0 && v.country[m.codes[g.cands[best].e].country] == 0 && !nearContext(p, context, focusKm) {
		// A small town in a country the text names nothing in, named in a text about a
		// city elsewhere, is rarely meant: "Heathrow" in a text about London is no
		// Heathrow, Florida.
		if f, ok := fallback(); ok && f.Kind != "country" {
			return f, true
		}
	}
	return p, true
}

// demonymSuffixes turn the last word of a place's demonym back into the place's name:
// "Iowan" → Iowa, "Chicagoan" → Chicago, "Kansan" → Kansas, "Virginian" → Virginia,
// "Kentuckian" → Kentucky, "Bostonian" → Boston, "New Yorker" → New York, "Seattleite" →
// Seattle.
var demonymSuffixes = [][2]string{
	{"ian", "ia"}, {"ian", "a"}, {"ian", "io"}, {"ian", "y"}, {"ian", ""},
	{"an", "a"}, {"an", ""}, {"an", "as"}, {"er", ""}, {"ite", ""}, {"ite", "e"},
}

// demonymPlace finds the place a demonym of a city, region or country names ("Kentuckians",
// "New Yorker", "Floridians"), or -1: of the names that the endings give back (see
// demonymSuffixes), the one whose likeliest place ranks highest ("Florida", not Floridia in
// Sicily). The name without its ending must be a place's name of at least four letters that
// is not a common word.
func (m *Matcher) demonymPlace(w []string) int32 {
	last := w[len(w)-1]
	forms := []string{last}
	if strings.HasSuffix(last, "s") {
		forms = []string{strings.TrimSuffix(last, "s"), last}
	}
	head := strings.Join(w[:len(w)-1], "")
	best, bestPrior := int32(-1), math.Inf(-1)
	for _, f := range forms {
		for _, sf := range demonymSuffixes {
			stem, ok := strings.CutSuffix(f, sf[0])
			if !ok || len(stem)+len(sf[1]) < 4 {
				continue
			}
			base := stem + sf[1]
			if len(w) == 1 && (stopWords[base] || commonWords[base] || orgHeads[base]) {
				continue
			}
			o := m.trie.find(head + base)
			if o < 0 || m.outs[o].block {
				continue
			}
			for _, c := range m.outs[o].cands {
				if p := m.prior(c); p > bestPrior {
					best, bestPrior = o, p
				}
			}
		}
	}
	return best
}

// demonymRegion maps the demonyms of the nations of the United Kingdom and of peoples whose
// homeland is a region rather than a country to the region's name, for ResolveName.
var demonymRegion = map[string]string{"english": "England", "scottish": "Scotland", "welsh": "Wales",
	"northern irish": "Northern Ireland", "kurdish": "Kurdistan", "arab": "Arabian Peninsula", "arabian": "Arabian Peninsula",
	"tamil": "Tamil Nadu", "catalan": "Catalonia", "basque": "Basque Country", "flemish": "Flanders", "walloon": "Wallonia",
	"chechen": "Chechnya", "sindhi": "Sindh", "baloch": "Balochistan", "balochi": "Balochistan", "baluch": "Balochistan",
	"siberian": "Siberia"}

// municipalWords end the names of municipalities (see ResolveName).
var municipalWords = wordSet(`township twp borough village`)

// unionAcronyms are acronyms of unions of countries, resolved by ResolveName to their continent.
var unionAcronyms = map[string]string{"eu": "Europe", "e u": "Europe"}

// continent returns the continent with a name.
func (m *Matcher) continent(name string) (Place, bool) {
	if o := m.trie.find(strings.Join(m.fold.words(name), "")); o >= 0 {
		for _, c := range m.outs[o].cands {
			if m.ent(c.e).FeatureCode == "CONT" {
				return m.place(c.e), true
			}
		}
	}
	return Place{}, false
}

// headName finds, for a name the gazetteer lacks, the longest run of its first words that names a
// place, with a leading modifier if a place's name has it, else after modifiers such as "Greater":
// "Oaxaca State" → Oaxaca, "Vancouver Art Gallery" → Vancouver, "New Orleans Streetcar Company" →
// New Orleans (not Orléans), "Greater Toronto Area" → Toronto. Runs that are common words, given
// names or organisation heads ("University Hospital", "Thomas Memorial") do not count, nor a
// function word unless upper is set (the name's first word is in capitals: "US Federal Reserve").
func (m *Matcher) headName(w []string, upper bool) int32 {
	// with a leading modifier first, then without it ("Northern Baghdad Operations Command")
	for k := 0; k < 2; k++ {
		if k == 1 {
			if !modifierWords[w[0]] {
				break
			}
			for len(w) > 1 && modifierWords[w[0]] {
				w = w[1:]
			}
		}
		for n := len(w) - 1; n >= 1; n-- {
			head := w[:n]
			if n == 1 && (stopWords[head[0]] && !upper || commonWords[head[0]] || givenNames[head[0]] || orgHeads[head[0]] || demonyms[head[0]] || articles[head[0]] || modifierWords[head[0]]) {
				continue
			}
			o := m.trie.find(strings.Join(head, ""))
			if o >= 0 && !m.outs[o].block && len(m.outs[o].cands) > 0 {
				return o
			}
		}
	}
	return -1
}

// allUpper reports whether s has two or more letters, all upper case ("US", "U.S.").
func allUpper(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// placeHeads are generic words of places that head a place's name ("Mount Sinjar", "Port
// Sudan", "Cape Town"): a capitalised one before a name does not make it part of another name.
var placeHeads = wordSet(`mount mountain mountains lake lakes river rivers valley island islands port fort camp
bay gulf sea cape point beach coast north south east west northern southern eastern western upper lower
central greater inner outer old new`)
