package gazetteer

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"
)

func TestLoad(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	counts := map[Kind]int{}
	for _, e := range g.Entries() {
		counts[e.Kind]++
	}
	t.Logf("entries: %v", counts)
	// 4,370 first-level regions: the data's 4,383 less ten stale copies of South Sudan's states (see
	// TestStaleRegionCopies) and three rows with no code of their own (TestRegionWithoutCode)
	if counts[Country] != 252 || counts[Region1] != 4370 || counts[Place] != 80505 || counts[Feature] < 30 {
		t.Errorf("counts = %v", counts)
	}
	tests := []struct {
		id      int64
		name    string
		kind    Kind
		cc      string
		admin1  string
		hasName string
	}{
		{99237, "Iraq", Country, "IQ", "", "Republic of Iraq"},
		{92877, "Nineveh", Region1, "IQ", "Nineveh", "Ninevah"},
		{390188, "Al Ḩawījah", Place, "IQ", "Kirkuk", "Hawija"},
		{95788, "Hīt", Place, "IQ", "Anbar", "Heet"},
		{93818, "Mexmur", Place, "IQ", "Erbil", "Makhmour"},
		{-2, "Euphrates River Valley", Feature, "SY", "", "Euphrates Valley"},
		{4197000, "Georgia", Region1, "US", "Georgia", "Ga."},
	}
	for _, tt := range tests {
		e, ok := g.ByID(tt.id)
		if !ok {
			t.Errorf("ByID(%d) not found", tt.id)
			continue
		}
		if e.Name != tt.name || e.Kind != tt.kind || e.Country != tt.cc || e.Admin1 != tt.admin1 {
			t.Errorf("ByID(%d) = %q %v %s %q", tt.id, e.Name, e.Kind, e.Country, e.Admin1)
		}
		found := false
		for _, n := range append(e.Names(), e.Abbr...) {
			found = found || n == tt.hasName
		}
		if !found {
			t.Errorf("ByID(%d) has no name %q: %v", tt.id, tt.hasName, e.Names())
		}
		if !e.HasCoords {
			t.Errorf("ByID(%d) has no coordinates", tt.id)
		}
	}
	if c, ok := g.Country("sy"); !ok || c.Name != "Syria" || c.Population == 0 {
		t.Errorf("Country(sy) = %+v", c)
	}
}

func TestCuratedErrors(t *testing.T) {
	head := "id\tname\taliases\tkind\tfcode\tcountry\tlat\tlon\tsource\n"
	for _, bad := range []string{
		"1\tX\t\talias\t\tIQ\t\t\ts\n",                 // unknown id
		"-1\tX\t\tfeature\tSTM\tIQ\tx\t1\ts\n",         // bad lat
		"5\tX\t\tfeature\tSTM\tIQ\t1\t1\ts\n",          // positive id for a new entry
		"-1\tX\t\triver\tSTM\tIQ\t1\t1\ts\n",           // unknown kind
		"-1\tX\tfeature\tSTM\tIQ\t1\t1\ts\n",           // column missing
		"-1\tX\t\tfeature\tMILB\tIQ\t1\t1\ts\tIQ.99\n", // unknown region
		"-1\tX\t\tfeature\tMILB\tIQ\t1\t1\ts\tSY.01\n", // a region of another country
	} {
		if _, err := parse("", head+bad); err == nil {
			t.Errorf("no error for %q", bad)
		} else if !strings.Contains(err.Error(), "curated.tsv:") {
			t.Errorf("error without position: %v", err)
		}
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

// A curated entry must not repeat a GeoNames entry of the same name in the same country: two
// entries of one name would split its mentions between two place pages.
func TestCuratedAddsNoDuplicate(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	geonames := map[string]bool{}
	for _, e := range g.Entries() {
		if e.Kind == Country || e.Kind == Region1 || e.Kind == Region2 {
			geonames[e.Country+"\t"+strings.ToLower(e.Name)] = true
		}
	}
	for _, e := range g.Entries() {
		if e.Kind == Feature && e.Country != "" && geonames[e.Country+"\t"+strings.ToLower(e.Name)] {
			t.Errorf("curated %d %q (%s) repeats a GeoNames entry", e.ID, e.Name, e.Country)
		}
	}
}

// A curated installation takes the first-level region of the nearest town of its country, so
// that "Fort Gordon, Georgia" reads the state, unless its row gives one; a river or a sea
// takes none.
func TestInstallationRegions(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		id     int64
		admin1 string
	}{{-126, "Georgia"}, {-125, "California"}, {-124, "Wisconsin"}, {-1, ""}, {-21, ""},
		// given in the row: the nearest town of the data lies across the border
		{-111, "Gyeonggi-do"}, {-136, "Gyeonggi-do"}} {
		e, ok := g.ByID(c.id)
		if !ok {
			t.Fatalf("no curated entry %d", c.id)
		}
		if e.Admin1 != c.admin1 || (c.admin1 == "") != (e.Admin1Code == "") {
			t.Errorf("%s: first-level region %q (%s), want %q", e.Name, e.Admin1, e.Admin1Code, c.admin1)
		}
	}
}

// A curated alias row's names are told from GeoNames' alternates.
func TestCuratedName(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if !g.CuratedName(65170, "Bardheere") {
		t.Error("Bardheere is not a curated name of Baardheere (65170)")
	}
	if g.CuratedName(65170, "Baardheere") {
		t.Error("Baardheere, the GeoNames name, is reported as curated")
	}
	if !g.CuratedName(-99, "Ramstein") {
		t.Error("Ramstein, an alias of the curated Ramstein Air Base (-99), is not a curated name")
	}
	if g.CuratedName(-2, "ERV") {
		t.Error("ERV, an acronym of the Euphrates River Valley (-2), is reported as curated")
	}
}

// A curated alias row must name an entry with a point: a name found only for an entry with
// none is never shown (Barawe had been an alias of a GeoNames district without one).
func TestCuratedAliasesHavePoints(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for i, line := range strings.Split(curated, "\n") {
		c := strings.Split(line, "\t")
		if len(c) < 4 || c[3] != "alias" {
			continue
		}
		id, err := strconv.ParseInt(c[0], 10, 64)
		if err != nil {
			t.Fatalf("curated.tsv:%d: %v", i+1, err)
		}
		if e, ok := g.ByID(id); ok && !e.HasCoords {
			t.Errorf("curated.tsv:%d: alias of %d %q, which has no point", i+1, id, e.Name)
		}
	}
}

// A misname row gives a first-level region its own name back where the data gives it another
// region's, and drops the other's name from it and from the region of its places.
func TestCuratedMisname(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		id         int64
		name, gone string
	}{
		{1581129, "Hanoi", "Quang Tri"},
		{1565033, "Thua Thien-Hue", "Dak Lak"},
		{1581019, "Ha Tay", "Quảng Ngãi"},
		{7874026, "Banteay Meanchey", "Battambang"},
	}
	for _, tt := range tests {
		e, ok := g.ByID(tt.id)
		if !ok {
			t.Fatalf("no entry %d", tt.id)
		}
		if e.Name != tt.name || e.Admin1 != tt.name {
			t.Errorf("%d: name %q, admin1 %q, want %q", tt.id, e.Name, e.Admin1, tt.name)
		}
		for _, a := range append([]string{e.ASCII}, e.Alt...) {
			if a == tt.gone {
				t.Errorf("%d (%s) still has the name %q", tt.id, e.Name, tt.gone)
			}
		}
	}
	// Hanoi's places lie in the region of Hanoi
	if e, ok := g.ByID(1581130); !ok || e.Admin1 != "Hanoi" {
		t.Errorf("Hanoi (1581130): %+v, want admin1 Hanoi", e)
	}
	// the real Quang Tri keeps its name
	if e, ok := g.ByID(1568733); !ok || e.Name != "Quảng Trị" {
		t.Errorf("Quảng Trị (1568733): %+v", e)
	}
}

// A region that GeoNames keeps twice, under its country and, with no point, under the country it
// seceded from (South Sudan's states under Sudan), is one entry: the one with a point, which
// takes the other's names.
func TestStaleRegionCopies(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		id   int64
		name string
	}{{381229, "Upper Nile State"}, {408670, "Warab State"}, {408655, "Bahr el Gabel"}} {
		e, ok := g.ByID(c.id)
		if !ok || e.Country != "SS" || !e.HasCoords || !slices.Contains(e.Names(), c.name) {
			t.Errorf("ByID(%d) = %+v, want South Sudan's region with the name %q", c.id, e, c.name)
		}
		n := 0
		for _, x := range g.Entries() {
			if x.ID == c.id {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%d entries with id %d, want 1", n, c.id)
		}
	}
}

// GeoNames' first-level rows with no code of their own ("MK.", named by that code) are left
// out: a place whose first-level code is empty has no region, not the last such row's.
func TestRegionWithoutCode(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range g.Entries() {
		if e.Kind == Region1 && e.Admin1Code == "" {
			t.Errorf("first-level region %q (%d) has no code", e.Name, e.ID)
		}
		if e.ID == 2377450 && e.Admin1 != "" { // Nouakchott, whose first-level code is empty
			t.Errorf("Nouakchott's region = %q, want none", e.Admin1)
		}
	}
}

// A level-2 region the data gives no point takes its level-1 region's, marked RegionPoint;
// one with a point of its own keeps it.
func TestRegionPoint(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	district, ok := g.ByID(7053313) // Dasht-e Archī, Kunduz: no point in the data
	if !ok {
		t.Fatal("no entry 7053313")
	}
	province, ok := g.ByID(1135690) // Kunduz province
	if !ok {
		t.Fatal("no entry 1135690")
	}
	if !district.HasCoords || !district.RegionPoint || district.Lat != province.Lat || district.Lon != province.Lon {
		t.Errorf("district %+v, province point %v,%v", district, province.Lat, province.Lon)
	}
	n := 0
	for _, e := range g.Entries() {
		if e.Kind == Region2 && !e.HasCoords {
			n++
		}
		if e.RegionPoint && e.Kind != Region2 {
			t.Errorf("%s (%d): a region's point on a %v", e.Name, e.ID, e.Kind)
		}
	}
	if n > 100 {
		t.Errorf("%d level-2 regions without a point", n)
	}
}

// A first-level region the data gives no point, a stale row under a former code, takes the
// point of the region of its country that shares a name with it.
func TestStaleRegionPoints(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	found := 0
	for _, e := range g.Entries() {
		if e.Kind == Region1 && e.Country == "VN" && (e.Name == "Nghệ An Province" || e.Name == "Hà Tĩnh Province") {
			found++
			if !e.HasCoords || e.Lat < 17 || e.Lat > 21 || e.Lon < 103 || e.Lon > 107 {
				t.Errorf("%s: point %v,%v (has %v), want in north-central Vietnam", e.Name, e.Lat, e.Lon, e.HasCoords)
			}
		}
	}
	if found != 2 {
		t.Errorf("found %d stale rows, want 2", found)
	}
}

// First-level regions whose computed centre lay at sea or far outside them take their seat's
// point (curated point rows): Tokyo's is on Honshu, not at sea south of it.
func TestRegionPointsOnLand(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		id       int64
		lat, lon float64
	}{{1850144, 35.69, 139.69}, {1905468, 16.07, 108.22}, {1808773, 38.04, 114.48}, {2081175, 9.52, 138.12}, {6697802, 35.21, 24.91}} {
		e, ok := g.ByID(c.id)
		if !ok {
			t.Fatalf("no entry %d", c.id)
		}
		if math.Abs(e.Lat-c.lat) > 0.05 || math.Abs(e.Lon-c.lon) > 0.05 {
			t.Errorf("%s: point %.2f,%.2f, want about %.2f,%.2f", e.Name, e.Lat, e.Lon, c.lat, c.lon)
		}
	}
}
