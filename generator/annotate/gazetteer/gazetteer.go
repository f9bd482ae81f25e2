package gazetteer

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
)

//go:embed data.bin.gz
var data []byte

//go:embed curated.tsv
var curated string

//go:embed centres.tsv
var countryCentres string

// Attribution is the credit line a site or binary that ships the gazetteer shows.
const Attribution = "Place data from GeoNames (https://www.geonames.org/), licensed under the " +
	"Creative Commons Attribution 4.0 International License " +
	"(https://creativecommons.org/licenses/by/4.0/). Modified: filtered, columns reduced, " +
	"non-Latin alternate names removed. Country official names and ISO 3166-2 codes from " +
	"the Debian iso-codes package."

// Kind is the kind of a gazetteer entry.
type Kind uint8

// The kinds of entry.
const (
	Country Kind = iota + 1
	Region1      // first-level division: governorate, province, state
	Region2      // second-level division: district, county
	Place        // populated place
	Feature      // natural feature or informal region (curated)
)

func (k Kind) String() string {
	switch k {
	case Country:
		return "country"
	case Region1:
		return "region1"
	case Region2:
		return "region2"
	case Place:
		return "city"
	case Feature:
		return "feature"
	}
	return "unknown"
}

// Entry is one gazetteer record.
type Entry struct {
	ID          int64 // GeoNames id; curated entries have negative ids
	Kind        Kind
	Name        string   // main name ("Al Ḩawījah")
	ASCII       string   // ASCII name; "" when it equals Name
	Alt         []string // alternate names (Latin script)
	Abbr        []string // abbreviations valid only right after another place ("Rome, Ga.")
	Country     string   // ISO 3166-1 alpha-2; "" for features spanning countries
	Admin1Code  string   // "IQ.15"; "" when unknown or for countries
	Admin2Code  string   // "US.GA.003" for level-2 regions and places; "" when unknown
	Admin1      string   // name of the first-level region; a level-1 region names itself
	FeatureCode string   // GeoNames feature code (PPLA, ADM1, PCLI, STM...)
	Population  int      // places: GeoNames; regions and countries: sum over their places here
	// Lat, Lon: a place's point; for countries the GeoNames country point of centres.tsv;
	// for level-1 regions the centre of the area their places cover, computed by the generator
	// (see internal/gen/area.go), else the seat of shared/gazetteer; for unlisted countries with
	// three or more places the centre of their places (the midpoint of the range of their
	// latitudes and longitudes without the three extreme places on each side), else the capital.
	Lat, Lon  float64
	HasCoords bool
	// RegionPoint: a second-level region the data gives no point has its first-level
	// region's (Lat, Lon), an approximation.
	RegionPoint bool
	// SeatLat, SeatLon: the point of the data file for countries and regions (the capital of
	// a country; equal to Lat, Lon when no centre was computed here).
	SeatLat, SeatLon float64
	Source           string // "GeoNames", or the curated row's source
}

// Names returns the entry's names: Name, ASCII (when different) and the alternates.
func (e *Entry) Names() []string {
	out := make([]string, 0, 2+len(e.Alt))
	out = append(out, e.Name)
	if e.ASCII != "" {
		out = append(out, e.ASCII)
	}
	return append(out, e.Alt...)
}

// Gazetteer is the parsed place list. It is read-only after Load.
type Gazetteer struct {
	entries []Entry
	byID    map[int64]int32
	country map[string]int32
	// curatedAlt: the names that alias rows of curated.tsv add to an entry, by id
	curatedAlt map[int64][]string
}

// Entries returns all entries in a stable order (countries, regions, places, curated). The
// slice is shared: do not modify it.
func (g *Gazetteer) Entries() []Entry { return g.entries }

// ByID returns the entry with a GeoNames (or negative curated) id.
func (g *Gazetteer) ByID(id int64) (*Entry, bool) {
	i, ok := g.byID[id]
	if !ok {
		return nil, false
	}
	return &g.entries[i], true
}

// CuratedName reports whether name was added to the entry with this id by curated.tsv, in an
// alias row or as an alias of a new entry other than an acronym: an editor's deliberate
// spelling ("Bardheere" for Baardheere, "Ramstein" for Ramstein Air Base), not one of
// GeoNames' many alternates.
func (g *Gazetteer) CuratedName(id int64, name string) bool {
	for _, n := range g.curatedAlt[id] {
		if n == name {
			return true
		}
	}
	return false
}

// Country returns the country entry for an ISO 3166-1 alpha-2 code.
func (g *Gazetteer) Country(iso2 string) (*Entry, bool) {
	i, ok := g.country[strings.ToUpper(iso2)]
	if !ok {
		return nil, false
	}
	return &g.entries[i], true
}

// Load parses the embedded data and the curated list.
func Load() (*Gazetteer, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	var buf bytes.Buffer
	buf.Grow(12 << 20)
	if _, err := io.Copy(&buf, zr); err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	return parse(buf.String(), curated)
}

func parse(text, cur string) (*Gazetteer, error) {
	g := &Gazetteer{
		entries: make([]Entry, 0, strings.Count(text, "\n")+128),
		byID:    make(map[int64]int32, 100000),
		country: make(map[string]int32, 256),
	}
	region1 := map[string]int32{} // "IQ.15" -> entry index
	var f [12]string
	line := 0
	for len(text) > 0 {
		line++
		nl := strings.IndexByte(text, '\n')
		var s string
		if nl < 0 {
			s, text = text, ""
		} else {
			s, text = text[:nl], text[nl+1:]
		}
		if s == "" {
			continue
		}
		n := 0
		for n < 11 {
			t := strings.IndexByte(s, '\t')
			if t < 0 {
				break
			}
			f[n], s = s[:t], s[t+1:]
			n++
		}
		f[n] = s
		if n != 11 {
			return nil, fmt.Errorf("gazetteer: data line %d: %d fields, want 12", line, n+1)
		}
		e := Entry{Name: f[2], ASCII: f[3], Country: f[5], FeatureCode: f[7], Source: "GeoNames"}
		switch f[0] {
		case "C":
			e.Kind = Country
		case "1":
			e.Kind = Region1
		case "2":
			e.Kind = Region2
		case "P":
			e.Kind = Place
		case "F":
			e.Kind = Feature
		default:
			return nil, fmt.Errorf("gazetteer: data line %d: unknown kind %q", line, f[0])
		}
		var err error
		if e.ID, err = strconv.ParseInt(f[1], 10, 64); err != nil {
			return nil, fmt.Errorf("gazetteer: data line %d: %w", line, err)
		}
		if f[4] != "" {
			e.Alt = strings.Split(f[4], "|")
		}
		if f[6] != "" {
			e.Admin1Code = e.Country + "." + f[6]
			if f[11] != "" {
				e.Admin2Code = e.Admin1Code + "." + f[11]
			}
		}
		if f[8] != "0" {
			if e.Population, err = strconv.Atoi(f[8]); err != nil {
				return nil, fmt.Errorf("gazetteer: data line %d: %w", line, err)
			}
		}
		if f[9] != "" {
			la, err1 := strconv.Atoi(f[9])
			lo, err2 := strconv.Atoi(f[10])
			if err1 != nil || err2 != nil {
				return nil, fmt.Errorf("gazetteer: data line %d: bad coordinates", line)
			}
			e.Lat, e.Lon, e.HasCoords = float64(la)/1e5, float64(lo)/1e5, true
		}
		if e.Kind == Region1 && e.Admin1Code == "" {
			// GeoNames' few first-level rows with no code of their own ("MK.", "GG.", "AZ.",
			// named by that code): no region to file places under, and no name to match
			continue
		}
		if old, dup := g.byID[e.ID]; dup && e.Kind == Region2 && g.entries[old].Kind == e.Kind && g.entries[old].Country == e.Country {
			// A second-level region the data lists twice under one id, under two first-level
			// codes, often one copy with no point (Afghanistan's "Zhaṟêy"): one entry, the one
			// with a point, so that every mention has it.
			if o := &g.entries[old]; !o.HasCoords && e.HasCoords {
				if r, ok := region1[e.Admin1Code]; ok && e.Admin1Code != "" {
					e.Admin1 = g.entries[r].Name
				}
				e.Alt = appendNames(e.Alt, o)
				*o = e
			} else {
				o.Alt = appendNames(o.Alt, &e)
			}
			continue
		}
		if old, dup := g.byID[e.ID]; dup && g.entries[old].Kind == e.Kind && g.entries[old].Country != e.Country {
			// A stale copy of a region under its former country, with no point (GeoNames
			// keeps South Sudan's states under Sudan too): one entry, the one with a point,
			// with the other's names as alternates ("Jonglei State").
			if o := &g.entries[old]; !o.HasCoords && e.HasCoords {
				e.Alt = appendNames(e.Alt, o)
				if e.Kind == Region1 {
					delete(region1, o.Admin1Code)
					e.Admin1 = e.Name
					region1[e.Admin1Code] = old
				}
				*o = e
			} else {
				o.Alt = appendNames(o.Alt, &e)
			}
			continue
		}
		idx := int32(len(g.entries))
		switch e.Kind {
		case Country:
			g.country[e.Country] = idx
		case Region1:
			e.Admin1 = e.Name
			region1[e.Admin1Code] = idx
		default:
			if r, ok := region1[e.Admin1Code]; ok && e.Admin1Code != "" {
				e.Admin1 = g.entries[r].Name
			}
		}
		g.entries = append(g.entries, e)
		g.byID[e.ID] = idx
	}
	// Populations of regions and countries: sums over their places.
	for i := range g.entries {
		e := &g.entries[i]
		if e.Kind != Place || e.Population == 0 {
			continue
		}
		if r, ok := region1[e.Admin1Code]; ok {
			g.entries[r].Population += e.Population
		}
		if c, ok := g.country[e.Country]; ok {
			g.entries[c].Population += e.Population
		}
	}
	g.centres()
	// A second-level region the data gives no point takes its first-level region's: a
	// district named in a briefing is linked and mapped near where it lies, not nowhere.
	for i := range g.entries {
		e := &g.entries[i]
		if e.Kind != Region2 || e.HasCoords {
			continue
		}
		if r, ok := region1[e.Admin1Code]; ok && e.Admin1Code != "" && g.entries[r].HasCoords {
			e.Lat, e.Lon, e.HasCoords, e.RegionPoint = g.entries[r].Lat, g.entries[r].Lon, true, true
		}
	}
	g.stalePoints()
	if err := g.countryCentres(countryCentres); err != nil {
		return nil, err
	}
	if err := g.addCurated(cur, region1); err != nil {
		return nil, err
	}
	g.installationRegions(region1)
	return g, nil
}

// stalePoints gives a first-level region the data gives no point, a row under a code no place
// is filed under ("Nghệ An Province", VN.40, beside "Nghệ An", VN.58; Norway's counties
// restored in 2024, "Troms", beside the merged "Troms og Finnmark" its places are filed under),
// the point and the code of the region of its country that shares one of its names, or else
// has it as a whole word of one of its names: "Nghe An Province" in a briefing is then mapped
// where the province lies, and "Harstad in Troms" is a town in the county.
func (g *Gazetteer) stalePoints() {
	pointed := map[string][]int{} // a country's first-level regions with a point
	var stale []int
	for i := range g.entries {
		switch e := &g.entries[i]; {
		case e.Kind != Region1:
		case e.HasCoords:
			pointed[e.Country] = append(pointed[e.Country], i)
		default:
			stale = append(stale, i)
		}
	}
	for _, i := range stale {
		e := &g.entries[i]
		names := map[string]bool{}
		for _, n := range e.Names() {
			names[strings.ToLower(n)] = true
		}
		same := func(n string) bool { return names[strings.ToLower(n)] }
		within := func(n string) bool {
			for _, w := range strings.FieldsFunc(strings.ToLower(n), func(r rune) bool { return r == ' ' || r == '-' }) {
				if names[w] {
					return true
				}
			}
			return false
		}
		for _, match := range [...]func(string) bool{same, within} {
			k := slices.IndexFunc(pointed[e.Country], func(j int) bool { return slices.ContainsFunc(g.entries[j].Names(), match) })
			if k >= 0 {
				o := &g.entries[pointed[e.Country][k]]
				e.Lat, e.Lon, e.SeatLat, e.SeatLon, e.HasCoords = o.Lat, o.Lon, o.SeatLat, o.SeatLon, true
				e.Admin1Code = o.Admin1Code
				break
			}
		}
	}
}

// appendNames appends to alt the names of e that alt and e's own do not hold yet.
func appendNames(alt []string, e *Entry) []string {
	for _, n := range append([]string{e.Name, e.ASCII}, e.Alt...) {
		if n != "" && !slices.Contains(alt, n) {
			alt = append(alt, n)
		}
	}
	return alt
}

// installationCodes are the feature codes of curated entries that lie in one first-level
// region: air bases, military bases, airports, industrial sites (depots, shipyards), harbours,
// cemeteries and villages.
var installationCodes = map[string]bool{"AIRB": true, "MILB": true, "AIRP": true, "INDS": true, "HBR": true, "CMTY": true, "PPL": true}

// installationRegions gives each curated installation, harbour or village of one country
// (installationCodes) the first-level region of the nearest populated place of that country
// within 60 km, so that "Fort Gordon, Georgia" reads the state as a town's "Place, Georgia"
// does. Rivers, seas and regions keep none: they span several.
func (g *Gazetteer) installationRegions(region1 map[string]int32) {
	byCountry := map[string][]int32{}
	for i := range g.entries {
		if e := &g.entries[i]; e.Kind == Place && e.HasCoords && e.Admin1Code != "" {
			byCountry[e.Country] = append(byCountry[e.Country], int32(i))
		}
	}
	const maxKm = 60
	for i := range g.entries {
		e := &g.entries[i]
		if e.Kind != Feature || e.Country == "" || e.Admin1Code != "" || !installationCodes[e.FeatureCode] {
			continue
		}
		// an equirectangular distance: exact enough within 60 km
		kmLat, kmLon := 111.2, 111.2*math.Cos(e.Lat*math.Pi/180)
		best, bestKm := int32(-1), float64(maxKm*maxKm)
		for _, j := range byCountry[e.Country] {
			p := &g.entries[j]
			dy, dx := (p.Lat-e.Lat)*kmLat, (p.Lon-e.Lon)*kmLon
			if d := dy*dy + dx*dx; d < bestKm {
				best, bestKm = j, d
			}
		}
		if best >= 0 {
			e.Admin1Code = g.entries[best].Admin1Code
			if r, ok := region1[e.Admin1Code]; ok {
				e.Admin1 = g.entries[r].Name
			}
		}
	}
}

// addCurated applies curated.tsv (columns documented in its header).
func (g *Gazetteer) addCurated(cur string, region1 map[string]int32) error {
	var renamed map[string]string // first-level code -> the name a misname row gives its region
	header := true
	for i, s := range strings.Split(cur, "\n") {
		s = strings.TrimRight(s, "\r")
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		if header {
			header = false
			continue
		}
		c := strings.Split(s, "\t")
		if len(c) != 9 && len(c) != 10 {
			return fmt.Errorf("gazetteer: curated.tsv:%d: %d columns, want 9 or 10", i+1, len(c))
		}
		id, err := strconv.ParseInt(c[0], 10, 64)
		if err != nil {
			return fmt.Errorf("gazetteer: curated.tsv:%d: %w", i+1, err)
		}
		var aliases []string
		if c[2] != "" {
			aliases = strings.Split(c[2], "|")
		}
		switch c[3] {
		case "alias", "abbr":
			e, err := g.curatedTarget(i+1, id, c[1], c[5])
			if err != nil {
				return err
			}
			if c[3] == "abbr" {
				e.Abbr = append(e.Abbr, aliases...)
			} else {
				e.Alt = append(append([]string(nil), e.Alt...), aliases...)
				if g.curatedAlt == nil {
					g.curatedAlt = map[int64][]string{}
				}
				g.curatedAlt[id] = append(g.curatedAlt[id], aliases...)
			}
		case "name":
			// the name the press and the country itself use now, where the data's is an old
			// one ("Shevchenko" for Aktau); the old name stays an alternate
			e, err := g.curatedTarget(i+1, id, c[1], c[5])
			if err != nil {
				return err
			}
			if len(aliases) != 1 {
				return fmt.Errorf("gazetteer: curated.tsv:%d: a name row needs one new name", i+1)
			}
			e.Alt = append(append([]string(nil), e.Alt...), e.Name)
			if e.ASCII != "" {
				e.Alt = append(e.Alt, e.ASCII)
			}
			e.Name, e.ASCII = aliases[0], "" // a slug folds the name's letters (see place.slugify)
		case "misname":
			// the data gives a first-level region the name its code took after a
			// reorganisation, which is another region's ("Quang Tri" on Hanoi's entry, whose
			// ASCII name, alternates and point are Hanoi's): the entry takes its own name, the
			// data's is dropped, and so are the places' of that region
			e, err := g.curatedTarget(i+1, id, c[1], c[5])
			if err != nil {
				return err
			}
			if len(aliases) == 0 || e.Kind != Region1 {
				return fmt.Errorf("gazetteer: curated.tsv:%d: a misname row needs a name and a first-level region", i+1)
			}
			wrong := append([]string{e.Name}, aliases[1:]...) // the data's name and any alternates of the other region
			e.Name, e.ASCII, e.Admin1 = aliases[0], "", aliases[0]
			e.Alt = slices.DeleteFunc(slices.Clone(e.Alt), func(a string) bool { return slices.Contains(wrong, a) })
			if renamed == nil {
				renamed = map[string]string{}
			}
			renamed[e.Admin1Code] = e.Name
		case "point":
			// another representative point for an entry of the data, where the data's
			// lies at sea or far from what the name means
			e, err := g.curatedTarget(i+1, id, c[1], c[5])
			if err != nil {
				return err
			}
			lat, err1 := strconv.ParseFloat(c[6], 64)
			lon, err2 := strconv.ParseFloat(c[7], 64)
			if err1 != nil || err2 != nil || c[2] != "" {
				return fmt.Errorf("gazetteer: curated.tsv:%d: a point row needs coordinates and no aliases", i+1)
			}
			e.Lat, e.Lon, e.HasCoords = lat, lon, true
		case "feature", "region":
			if id >= 0 {
				return fmt.Errorf("gazetteer: curated.tsv:%d: a new entry needs a negative id", i+1)
			}
			if _, dup := g.byID[id]; dup {
				return fmt.Errorf("gazetteer: curated.tsv:%d: duplicate id %d", i+1, id)
			}
			lat, err1 := strconv.ParseFloat(c[6], 64)
			lon, err2 := strconv.ParseFloat(c[7], 64)
			if err1 != nil || err2 != nil {
				return fmt.Errorf("gazetteer: curated.tsv:%d: bad coordinates", i+1)
			}
			e := Entry{ID: id, Kind: Feature, Name: c[1], Alt: aliases, Country: c[5], FeatureCode: c[4],
				Lat: lat, Lon: lon, HasCoords: true, Source: c[8]}
			if len(c) == 10 && c[9] != "" {
				// the first-level region, where the nearest place of the data lies in another
				// (see installationRegions)
				r, ok := region1[c[9]]
				if !ok || !strings.HasPrefix(c[9], c[5]+".") {
					return fmt.Errorf("gazetteer: curated.tsv:%d: unknown first-level region %q in %s", i+1, c[9], c[5])
				}
				e.Admin1Code, e.Admin1 = c[9], g.entries[r].Name
			}
			g.byID[id] = int32(len(g.entries))
			g.entries = append(g.entries, e)
			for _, a := range aliases {
				if strings.ToUpper(a) == a {
					continue // an acronym ("ERV", "JMRC") is shared by much else
				}
				if g.curatedAlt == nil {
					g.curatedAlt = map[int64][]string{}
				}
				g.curatedAlt[id] = append(g.curatedAlt[id], a)
			}
		default:
			return fmt.Errorf("gazetteer: curated.tsv:%d: unknown kind %q", i+1, c[3])
		}
	}
	if len(renamed) > 0 {
		// the places of a renamed region take its name, in one pass over the entries
		for k := range g.entries {
			if p := &g.entries[k]; p.Kind != Region1 {
				if name, ok := renamed[p.Admin1Code]; ok {
					p.Admin1 = name
				}
			}
		}
	}
	return nil
}

// curatedTarget returns the entry a curated row on line names by id, checking that it is
// name (country), as the row says.
func (g *Gazetteer) curatedTarget(line int, id int64, name, country string) (*Entry, error) {
	j, ok := g.byID[id]
	if !ok {
		return nil, fmt.Errorf("gazetteer: curated.tsv:%d: no entry with id %d", line, id)
	}
	e := &g.entries[j]
	if e.Name != name || e.Country != country {
		return nil, fmt.Errorf("gazetteer: curated.tsv:%d: entry %d is %q (%s), not %q (%s)", line, id, e.Name, e.Country, name, country)
	}
	return e, nil
}

// centres sets the points of countries to the centre of their places (countries listed in
// centres.tsv are set again afterwards). Level-1 regions keep the area centres of the data file.
func (g *Gazetteer) centres() {
	lats := map[int32][]float64{}
	lons := map[int32][]float64{}
	for i := range g.entries {
		e := &g.entries[i]
		e.SeatLat, e.SeatLon = e.Lat, e.Lon
		if e.Kind != Place || !e.HasCoords {
			continue
		}
		if c, ok := g.country[e.Country]; ok {
			lats[c] = append(lats[c], e.Lat)
			lons[c] = append(lons[c], e.Lon)
		}
	}
	for i, la := range lats {
		if len(la) < 3 {
			continue
		}
		e := &g.entries[i]
		e.Lat, e.Lon, e.HasCoords = midRange(la), midRange(lons[i]), true
	}
}

// countryCentres sets the points of the countries listed in centres.tsv.
func (g *Gazetteer) countryCentres(tab string) error {
	for i, s := range strings.Split(tab, "\n") {
		if s == "" || s[0] == '#' {
			continue
		}
		c := strings.Split(s, "\t")
		if len(c) != 3 {
			return fmt.Errorf("gazetteer: centres.tsv:%d: %d columns, want 3", i+1, len(c))
		}
		lat, err1 := strconv.ParseFloat(c[1], 64)
		lon, err2 := strconv.ParseFloat(c[2], 64)
		if err1 != nil || err2 != nil {
			return fmt.Errorf("gazetteer: centres.tsv:%d: bad coordinates", i+1)
		}
		if j, ok := g.country[c[0]]; ok {
			e := &g.entries[j]
			e.Lat, e.Lon, e.HasCoords = lat, lon, true
		}
	}
	return nil
}

// midRange returns the midpoint of xs's range without its trim smallest and trim largest
// values (xs is sorted in place; the whole range when there are too few): the middle of the
// area the places cover, not their population centre, and not moved by a few outlying or
// misfiled places.
func midRange(xs []float64) float64 {
	const trim = 3
	slices.Sort(xs)
	if len(xs) <= 2*trim+1 {
		return (xs[0] + xs[len(xs)-1]) / 2
	}
	return (xs[trim] + xs[len(xs)-1-trim]) / 2
}
