package place

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-archive/sitrep/generator/annotate/gazetteer"
)

// Custom is a site-defined place (site.yaml).
type Custom struct {
	Name     string
	Aliases  []string
	Country  string // ISO 3166-1 alpha-2, may be ""
	Lat, Lon float64
	Kind     string // free text ("base", "camp"); "" = "custom"
}

// Options adapt a Matcher to a site.
type Options struct {
	Custom []Custom
	// Aliases maps an extra name to an existing place name ("Hawija Pocket" -> "Hawija"). A
	// value may be "Name, CC" to pin the country.
	Aliases map[string]string
	Exclude []string // names never tagged
	// CodeNames are the names of the site's operations and their aliases, which briefings
	// also write without "Operation": a place name inside one is not a place ("Atlantic" in
	// "Atlantic Resolve"). A code name that is itself a place name blocks nothing.
	CodeNames []string
}

// candidate flags
const (
	fArticle uint8 = 1 << iota // matched through the key without its leading article
	fAbbr                      // an abbreviation valid only after "Place, "
	fAlias                     // a site alias or custom name: never needs context
	fBlock                     // an organisation's name or an excluded name: never a place
	fSpelled                   // the name as given by the site (capitalisation as written)
	fMain                      // the entry's main or ASCII name, not an alternate
	fBare                      // a second-level region's name without "County": only before a suffix
	fCurated                   // a spelling curated.tsv adds to a GeoNames entry: counts as its own name
)

type cand struct {
	e     int32
	flags uint8
}

// output is what a trie key resolves to.
type output struct {
	cands []cand
	block bool
	names []string // exact spellings given by the site (aliases, custom names)
}

// Matcher finds and resolves place names. Build it once per build with NewMatcher; it is
// read-only afterwards and safe for concurrent use.
type Matcher struct {
	// states and votes hold the working memory of finished resolve calls (*resolveState,
	// *votes) for the next ones: a build resolves thousands of documents with one Matcher.
	states, votes sync.Pool
	// ents are the entries of a matcher built here; a matcher read from a snapshot has
	// lazy instead, which decodes each entry when first asked for (see ent).
	ents   []*gazetteer.Entry
	lazy   *lazyEntries
	custom []bool // by entry index: a site-defined place
	slugs  []string
	// bySlug indexes slugs; a matcher read from a snapshot makes it when first needed.
	bySlug     map[string]int32
	bySlugOnce sync.Once
	fold       *folder
	trie       *trie
	outs       []output
	// countryIdx maps ISO 3166-1 alpha-2 codes to country entries.
	countryIdx map[string]int32
	// codes are each entry's country, first- and second-level region as small numbers, which
	// the disambiguation counts votes by (see votes).
	codes []codes
	base  []float64 // by entry: basePrior
	// size breaks ties between equally scored candidates: a place's population, a
	// second-level region's people (the sum over its places), else 0.
	size []int
	// lowerStart: some site-given name or exclusion starts with a lower-case letter, so a walk
	// may start at any word (see Resolve).
	lowerStart bool
}

// orgPhrases are organisation names that contain place names and are never places. The
// general rules (see doc.go) catch most others.
var orgPhrases = []string{
	"Islamic State of Iraq and Syria", "Islamic State of Iraq and the Levant",
	"Islamic State of Iraq and al-Sham", "Islamic State in Iraq and Syria",
	"Islamic State in Iraq and the Levant", "Islamic State of Iraq",
	"Al Jazeera", "Kurdistan Regional Government", "Kurdistan Workers Party",
	"Syrian Democratic Forces", "Free Syrian Army", "Iraqi Security Forces",
	"Afghan National Army", "Afghan National Police", "New York Times", "Washington Post",
	"Los Angeles Times", "Wall Street Journal", "Voice of America", "Radio Free Europe",
	"United Nations", "Gulf Cooperation Council", "Arab League", "African Union",
	"European Union", "Bank of America", "White House", "Red Cross", "Red Crescent",
	"Armed Forces of the Philippines", "Islamic Resistance in Iraq",
	"al-Qaida in Iraq", "al-Qaeda in Iraq", "al-Qaida in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula",
	"al-Qaida in the Islamic Maghreb", "al-Qaeda in the Islamic Maghreb",
	"Multi-National Force-Iraq", "Multi-National Corps-Iraq", "Multi-National Force Iraq", "Multi-National Corps Iraq",
	// the Awakening's paid militias
	"Sons of Iraq",
	// defence companies named after a founder a town shares ("Lockheed Martin" is no Martin,
	// Tennessee)
	"Lockheed Martin", "Huntington Ingalls", "Pratt and Whitney", "Pratt & Whitney",
	// the shipyard at Pascagoula, not Ingalls, Indiana
	"Ingalls", "Ingalls Shipbuilding",
	// a company GeoNames gives as another name of Topeka, Kansas
	"Google",
	// the alliance, not Nato in the Philippines
	"NATO",
	// weather patterns and a month, not towns of Mexico or Saudi Arabia
	"El Niño", "El Nino", "La Niña", "La Nina", "Ramadan",
	// a word of speech, not Okay, Oklahoma ("Okay. Next question.")
	"Okay",
	// the Army's and the Marine Corps' final training events, not Mastic, New York (once
	// Forge) nor Crucible, Pennsylvania ("during the final Forge exercise", "The Crucible")
	"Forge", "Crucible",
	// gangs and cartels named for places ("Tren de Aragua" is no Aragua state)
	"Tren de Aragua", "Cartel de los Soles", "Jalisco New Generation Cartel", "Sinaloa Cartel",
	// a railway station named for unions of lines, not Union, South Carolina
	"Union Station",
	// a broadcaster, not the Arabian Peninsula
	"Sky News Arabia",
	// a Russian party
	"United Russia",
	// Taiwan's office for its relations with the United States, which arms sales name as the buyer
	"Taipei Economic and Cultural Representative Office in the United States",
	"Taipei Economic and Cultural Representative Office",
	// the Defense Logistics Agency's commands, named as contract announcements name them
	// ("DLA Energy" is no Energy, Illinois; "Land and Maritime" no Maritime region of Togo)
	"DLA Energy", "Defense Logistics Agency Energy", "Land and Maritime",
	// ... and their regional activities ("DLA Energy Japan manages six terminals" is no Japan)
	"DLA Energy Japan", "DLA Energy Korea", "DLA Energy Middle East", "DLA Energy Indo-Pacific", "DLA Energy Europe",
	"DLA Energy Europe and Africa", "DLA Energy Pacific", "DLA Energy Americas", "DLA Troop Support Pacific",
	"DLA Troop Support Europe", "DLA Troop Support Europe and Africa", "DLA Distribution Europe", "DLA Land and Maritime Europe",
	"DLA Disposition Services Europe", "DLA Pacific", "DLA Europe and Africa", "DLA Central",
	// things named after a place, not in it: the concrete barrier, the land-clearing plow
	"Jersey barrier", "Jersey barriers", "Rome plow", "Rome plows", "Rome plough", "Rome ploughs",
	"Quonset hut", "Quonset huts", "Nissen hut", "Nissen huts",
	// the generic words of a park or a forest the gazetteer lacks ("Rocky Mountain National
	// Park" is no National Park, New Jersey)
	"National Park", "National Forest", "National Forests", "National Monument", "National Wildlife Refuge",
	// weapons named after an arsenal, a town or an inventor
	"Springfield rifle", "Springfield rifles", "Springfield musket", "Springfield muskets", "Enfield rifle", "Enfield rifles",
	"Kentucky rifle", "Kentucky rifles", "Dahlgren gun", "Dahlgren guns", "Napoleon gun", "Napoleon guns",
	"Parrott rifle", "Parrott rifles", "Gatling gun", "Gatling guns", "Brown Bess",
	// the families of the fallen ("Gold Star families" is no Star, Idaho)
	"Gold Star",
	// the planet of space releases ("medium Earth orbit") is no Earth, Texas
	"Earth",
	// names of armed groups and assemblies that the gazetteer has as places: Hamm's alternate
	// name "Hamas", "al-Sham" (Damascus), Duma (Douma, Syria)
	"Hamas", "Hayat Tahrir al-Sham", "Tahrir al-Sham", "Ahrar al-Sham", "Jabhat Fatah al-Sham",
	"State Duma",
	// exercises named after an ocean's rim ("Rim of the Pacific" is no Rim, once a name of Rome)
	"Rim of the Pacific",
	"Conference on Security and Cooperation in Europe", "Conference on Security and Co-operation in Europe",
	"Organization for Security and Cooperation in Europe", "Organization for Security and Co-operation in Europe",
	// agencies named after the states they serve ("The Port Authority of New York and New
	// Jersey said" names no state) and the Corps of Engineers' division named after a valley
	"Port Authority of New York and New Jersey", "Mississippi Valley Division",
	// a city's side named with a compass word, which GeoNames has as other names of towns
	// ("West Side" for Las Vegas), and a landmark named after no town
	"West Side", "Upper West Side", "East Side", "Upper East Side", "Lower East Side", "Statue of Liberty",
	// a cruise line named after a sea
	"Royal Caribbean",
	// armed forces named after a state of their time ("Army of the Republic of Vietnam")
	"Army of the Republic of Vietnam", "Republic of Vietnam Armed Forces", "Republic of Vietnam Air Force",
}

// NewMatcher builds the matcher for a gazetteer and a site's options.
func NewMatcher(g *gazetteer.Gazetteer, opts Options) (*Matcher, error) {
	if g == nil {
		return nil, fmt.Errorf("place: nil gazetteer")
	}
	all := g.Entries()
	m := &Matcher{
		ents: make([]*gazetteer.Entry, 0, len(all)+len(opts.Custom)),
		fold: newFolder(),
		trie: newTrie(len(all) * 12),
		outs: make([]output, 0, len(all)*3),
	}
	for i := range all {
		m.ents = append(m.ents, &all[i])
	}
	m.custom = make([]bool, len(all), len(all)+len(opts.Custom))
	for i, c := range opts.Custom {
		if strings.TrimSpace(c.Name) == "" {
			return nil, fmt.Errorf("place: custom place %d has no name", i+1)
		}
		e := &gazetteer.Entry{ID: -2_000_000_000 - int64(i), Kind: gazetteer.Feature, Name: c.Name,
			Alt: c.Aliases, Country: strings.ToUpper(c.Country), Lat: c.Lat, Lon: c.Lon,
			HasCoords: c.Lat != 0 || c.Lon != 0, Source: "site.yaml", FeatureCode: c.Kind}
		m.ents = append(m.ents, e)
		m.custom = append(m.custom, true)
	}
	m.countryIdx = map[string]int32{}
	for i, e := range m.ents {
		if e.Kind == gazetteer.Country {
			m.countryIdx[e.Country] = int32(i)
		}
	}
	// Slugs, region codes and sizes read only the entries: they are made on another core
	// while the names go into the trie.
	var tables sync.WaitGroup
	tables.Add(1)
	go func() {
		defer tables.Done()
		m.makeSlugs()
		m.makeCodes()
		m.makeSizes()
	}()
	defer tables.Wait()

	add := func(words []string, c cand) {
		if len(words) == 0 {
			return
		}
		n := m.trie.insert(strings.Join(words, ""))
		o := m.trie.out[n]
		if o < 0 {
			o = int32(len(m.outs))
			m.outs = append(m.outs, output{})
			m.trie.out[n] = o
		}
		out := &m.outs[o]
		for i, x := range out.cands {
			if x.e == c.e {
				// Keep the most direct way in: exact before article-stripped, the main name
				// before an alternate, a name the gazetteer gives before the same words
				// left when "County" is dropped ("Penghu" for Penghu County is a name of
				// its own, not only before a suffix).
				if x.flags&fBare != 0 && c.flags&fBare == 0 {
					out.cands[i] = c
				} else if x.flags&fArticle != 0 && c.flags&fArticle == 0 {
					// (the main name without its article stays the main name: "Qayyarah",
					// which GeoNames also lists as an alternate of Al Qayyārah)
					c.flags |= x.flags & (fMain | fCurated)
					out.cands[i] = c
				} else if x.flags&fArticle == c.flags&fArticle {
					out.cands[i].flags |= c.flags & (fMain | fCurated)
				}
				return
			}
		}
		out.cands = append(out.cands, c)
	}
	addName := func(words []string, c cand) {
		add(words, c)
		if len(words) > 1 && articles[words[0]] {
			c.flags |= fArticle
			add(words[1:], c)
		}
	}
	for i, e := range m.ents {
		c := cand{e: int32(i)}
		if m.custom[i] {
			c.flags |= fAlias | fSpelled
		}
		var mainSkel string // the main name's skeleton (see skeleton)
		for k, name := range e.Names() {
			w := m.fold.words(name)
			if len(w) == 0 {
				continue
			}
			cm := c
			if k == 0 {
				mainSkel = skeleton(w)
			}
			if k == 0 || k == 1 && e.ASCII != "" || skeleton(w) == mainSkel {
				// (an alternate spelled as the main name is, but for a final h or a doubled
				// letter, is the main name: "Haditha" for Ḩadīthah)
				cm.flags |= fMain
			} else if genericOnly(w) {
				continue // another name that is only generic words ("The City" for Oakville)
			} else if i < len(all) && g.CuratedName(e.ID, name) {
				cm.flags |= fCurated
			}
			addName(w, cm)
			if v := airForceBaseVariant(w); v != nil {
				addName(v, cm) // "Wright-Patterson Air Force Base" for Wright-Patterson AFB
			}
			if p, ok := m.fold.possessiveWords(name); ok {
				addName(p, cm) // "People's Republic of China" as the scanner reads it
			}
			if v := alArticle(w); v != nil {
				addName(v, cm) // "Jisr al-Shughur" for Jisr ash Shughur
			}
			saint := saintShort[w[0]]
			if saint != "" && len(w) > 1 && (e.Kind == gazetteer.Country || e.Kind == gazetteer.Region2) {
				// "St. Kitts and Nevis" is Saint Kitts and Nevis, "St. Tammany Parish" Saint
				// Tammany Parish (towns have such names among their alternates already)
				addName(append([]string{saint}, w[1:]...), cm)
			}
			if e.Kind == gazetteer.Region2 && e.Country == "JP" && len(w) > 1 && w[len(w)-1] == "shi" {
				// "Tsushima" for Tsushima Shi, "Sagamihara" for Sagamihara-shi: a Japanese
				// city that the data holds only as its municipality
				addName(w[:len(w)-1], cm)
			}
			if tail := regionOfTail(e, name); tail != "" {
				// "Sulu" for the Province of Sulu: the province's own name when the
				// whole is ("Batanes" needs no more support than "Sulu province")
				addName(m.fold.words(tail), cm)
			}
			// "Walker" for Walker County, valid only as "Walker county" or in "Walker and
			// Grimes counties" (see the group variants)
			if e.Kind == gazetteer.Region2 && len(w) > 1 && regionWords[w[len(w)-1]] && !m.custom[i] {
				cb := cm
				cb.flags |= fBare
				addName(w[:len(w)-1], cb)
				if saint != "" && len(w) > 2 {
					addName(append([]string{saint}, w[1:len(w)-1]...), cb) // "St. Charles" of "St. Charles parishes"
				}
			}
		}
		for _, a := range e.Abbr {
			add(m.fold.words(a), cand{e: c.e, flags: c.flags | fAbbr})
		}
	}
	for _, c := range opts.Custom {
		for _, n := range append([]string{c.Name}, c.Aliases...) {
			m.spelled(n)
		}
	}
	// Site aliases: the target's candidates under a new key.
	keys := make([]string, 0, len(opts.Aliases))
	for k := range opts.Aliases {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, alias := range keys {
		target := opts.Aliases[alias]
		name, cc := target, ""
		if i := strings.LastIndexByte(target, ','); i >= 0 {
			name, cc = strings.TrimSpace(target[:i]), strings.ToUpper(strings.TrimSpace(target[i+1:]))
		}
		o := m.trie.find(strings.Join(m.fold.words(name), ""))
		if o < 0 || m.outs[o].block {
			return nil, fmt.Errorf("place: alias %q: no place named %q", alias, name)
		}
		var cs []cand
		for _, c := range m.outs[o].cands {
			if (cc == "" || m.ent(c.e).Country == cc) && c.flags&fAbbr == 0 {
				cs = append(cs, cand{e: c.e, flags: fAlias | fSpelled})
			}
		}
		if len(cs) == 0 {
			return nil, fmt.Errorf("place: alias %q: no place named %q in country %q", alias, name, cc)
		}
		w := m.fold.words(alias)
		if len(w) == 0 {
			return nil, fmt.Errorf("place: alias %q has no letters", alias)
		}
		for _, c := range cs {
			add(w, c)
			if p, ok := m.fold.possessiveWords(alias); ok {
				add(p, c)
			}
		}
		m.spelled(alias)
	}
	block := func(name string) {
		w := m.fold.words(name)
		if len(w) == 0 {
			return
		}
		n := m.trie.insert(strings.Join(w, ""))
		if m.trie.out[n] < 0 {
			m.trie.out[n] = int32(len(m.outs))
			m.outs = append(m.outs, output{})
		}
		m.outs[m.trie.out[n]].block = true
	}
	for _, p := range orgPhrases {
		block(p)
	}
	for _, x := range opts.Exclude {
		block(x)
	}
	for _, x := range opts.CodeNames {
		if o := m.trie.find(strings.Join(m.fold.words(x), "")); o < 0 || len(m.outs[o].cands) == 0 {
			block(x)
		}
	}
	for _, o := range m.outs {
		for _, n := range o.names {
			if r, _ := utf8.DecodeRuneInString(n); !unicode.IsUpper(r) {
				m.lowerStart = true
			}
		}
	}
	for _, x := range opts.Exclude {
		if r, _ := utf8.DecodeRuneInString(strings.TrimSpace(x)); !unicode.IsUpper(r) {
			m.lowerStart = true
		}
	}
	m.trie.freeze()
	return m, nil
}

// ent returns entry i.
func (m *Matcher) ent(i int32) *gazetteer.Entry {
	if m.ents != nil {
		return m.ents[i]
	}
	return m.lazy.get(i)
}

// slugIndex returns the index of slugs.
func (m *Matcher) slugIndex() map[string]int32 {
	m.bySlugOnce.Do(func() {
		if m.bySlug != nil {
			return
		}
		m.bySlug = make(map[string]int32, len(m.slugs))
		for i, s := range m.slugs {
			m.bySlug[s] = int32(i)
		}
	})
	return m.bySlug
}

// makeSizes sets m.size.
func (m *Matcher) makeSizes() {
	m.size = make([]int, len(m.ents))
	region2 := map[string]int{}
	for i, e := range m.ents {
		if e.Kind == gazetteer.Region2 && e.Admin2Code != "" {
			region2[e.Admin2Code] = i
		}
	}
	for i, e := range m.ents {
		m.size[i] = e.Population
		if e.Kind == gazetteer.Place && e.Admin2Code != "" {
			if r, ok := region2[e.Admin2Code]; ok {
				m.size[r] += e.Population
			}
		}
	}
}

// better reports whether candidate a with score sa beats b with score sb: a higher score, or
// the same score and more people.
func (m *Matcher) better(a cand, sa float64, b cand, sb float64) bool {
	const eps = 1e-9
	return sa > sb+eps || sa > sb-eps && m.size[a.e] > m.size[b.e]
}

// codes are an entry's country, first- and second-level region numbers (0: none).
type codes struct {
	country, a1, a2 int32
}

// makeCodes numbers the countries and regions of the entries.
func (m *Matcher) makeCodes() {
	cs := map[string]int32{}
	rs := map[string]int32{}
	region := func(code string) int32 {
		if code == "" {
			return 0
		}
		n, ok := rs[code]
		if !ok {
			n = int32(len(rs) + 1)
			rs[code] = n
		}
		return n
	}
	m.codes = make([]codes, len(m.ents))
	m.base = make([]float64, len(m.ents))
	for i, e := range m.ents {
		m.base[i] = m.basePrior(i)
		var c codes
		if e.Country != "" {
			n, ok := cs[e.Country]
			if !ok {
				n = int32(len(cs) + 1)
				cs[e.Country] = n
			}
			c.country = n
		}
		c.a1, c.a2 = region(e.Admin1Code), region(e.Admin2Code)
		m.codes[i] = c
	}
}

// spelled records a site-given spelling for its key: such names are matched as written even
// when lower-case ("Jazeera axis").
func (m *Matcher) spelled(name string) {
	o := m.trie.find(strings.Join(m.fold.words(name), ""))
	if o >= 0 {
		m.outs[o].names = append(m.outs[o].names, strings.TrimSpace(name))
	}
}

// Lookup returns the place with a slug.
func (m *Matcher) Lookup(slug string) (Place, bool) {
	i, ok := m.slugIndex()[slug]
	if !ok {
		return Place{}, false
	}
	return m.place(i), true
}

func (m *Matcher) place(i int32) Place {
	e := m.ent(i)
	kind := e.Kind.String()
	if m.custom[i] {
		kind = "custom"
	}
	// The slug of a matcher read from a snapshot (LoadSnapshot) is copied: it points into the
	// snapshot, which the place must not keep alive.
	slug := m.slugs[i]
	if m.lazy != nil {
		slug = strings.Clone(slug)
	}
	return Place{ID: e.ID, Name: e.Name, Slug: slug, Kind: kind, Country: e.Country,
		Region: e.Admin1, Lat: e.Lat, Lon: e.Lon, HasCoords: e.HasCoords, Population: e.Population}
}

// prior is a candidate's score before context: kind, population and administrative rank.
func (m *Matcher) prior(c cand) float64 {
	if m.custom[c.e] {
		return 20
	}
	s := m.base[c.e]
	if c.flags&fArticle != 0 {
		s -= 0.3
	}
	if c.flags&fMain != 0 {
		s += 1.5 // "Mexico" is the country before Mexico City, whose alternate it is
	}
	return s
}

// smallRegionLog: a first-level region of fewer than 10^smallRegionLog people weighs as a town
// of its size (see basePrior).
const smallRegionLog = 5

// unknownSeatLog is the log10 population an administrative seat whose population GeoNames
// leaves at 0 counts with (see basePrior): that of a town of 5,000.
const unknownSeatLog = 3.0

// basePrior is the part of an entry's prior that does not depend on the name it was found by.
func (m *Matcher) basePrior(i int) float64 {
	e := m.ents[i]
	lp := math.Log10(float64(e.Population) + 1)
	var s float64
	switch e.Kind {
	case gazetteer.Country:
		s = 10 + 0.1*lp
	case gazetteer.Region1:
		s = 4 + 0.4*lp // a parish of 17,000 people is no Texas
		if lp < smallRegionLog {
			s = lp // nor more than a town of its size ("St. Thomas" is no parish of Jamaica)
		}
	case gazetteer.Region2:
		s = 3 + 0.1*lp
	case gazetteer.Feature:
		s = 6.5
	default:
		s = lp
		if unknownSeat(e) {
			s = unknownSeatLog // a seat GeoNames gives no population is no hamlet
		}
		switch e.FeatureCode {
		case "PPLC":
			s += 2.5
		case "PPLA":
			s += 1
		case "PPLA2":
			s += 0.3
		}
	}
	return s
}

func haversine(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := p2-p1, (lon2-lon1)*math.Pi/180
	a := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(a)))
}

// Haversine returns the great-circle distance in kilometres between two WGS84 points.
func Haversine(lat1, lon1, lat2, lon2 float64) float64 { return haversine(lat1, lon1, lat2, lon2) }

// skeleton returns the folded words of a name joined, with each word's final h after a vowel
// dropped and doubled letters made single: transliterations that differ only so are one name
// ("hadithah" and "haditha", "qayyarah" and "qayarah").
func skeleton(words []string) string {
	var b []byte
	for _, w := range words {
		if n := len(w); n > 2 && w[n-1] == 'h' && strings.IndexByte("aeiou", w[n-2]) >= 0 {
			w = w[:n-1]
		}
		for i := 0; i < len(w); i++ {
			if len(b) == 0 || b[len(b)-1] != w[i] || i == 0 {
				b = append(b, w[i])
			}
		}
		b = append(b, ' ')
	}
	return string(b)
}

// regionOfTail returns X when a region's name has the form "Province of X" (or "Provincia de",
// "Departamento de", "Municipality of"... see regionOfHeads), as GeoNames writes the provinces
// of the Philippines, Peru and Argentina; text names them "Sulu" or "Sulu province".
func regionOfTail(e *gazetteer.Entry, name string) string {
	if e.Kind != gazetteer.Region1 && e.Kind != gazetteer.Region2 {
		return ""
	}
	for _, h := range regionOfHeads {
		if len(name) > len(h)+1 && strings.HasPrefix(name, h) && name[len(h)] == ' ' {
			return name[len(h)+1:]
		}
	}
	return ""
}

// saintShort maps a saint's title to its abbreviation: a country's name is also matched written
// so ("St. Lucia" for Saint Lucia).
var saintShort = map[string]string{"saint": "st", "sainte": "ste"}

// assimilatedArticles are the forms the Arabic article takes before some consonants, and its
// other transliterations, in the middle of a name ("Jisr ash Shughur", "Salah ad Din",
// "Ma'arrat an Nu'man").
var assimilatedArticles = wordSet(`ar as ad at az an ash adh ath el ed er es et ez en esh`)

// alArticle returns the words of a name with each article inside it written "al", as the
// press writes most ("Jisr al-Shughur", "Salah al-Din"), or nil when the name has none. The
// name's first word is left as it is: a leading article has a key without it already.
func alArticle(words []string) []string {
	var out []string
	for k := 1; k+1 < len(words); k++ {
		if assimilatedArticles[words[k]] {
			if out == nil {
				out = slices.Clone(words)
			}
			out[k] = "al"
		}
	}
	return out
}

// kindWords name a kind of place, not one place (see genericOnly).
var kindWords = wordSet(`the city town village borough township municipality county district capital
downtown port center centre old new mission`)

// genericOnly reports whether every word of a name is generic: such another name of a place
// ("The City", "Old Town") is what a text calls many.
func genericOnly(words []string) bool {
	for _, w := range words {
		if !kindWords[w] {
			return false
		}
	}
	return true
}
