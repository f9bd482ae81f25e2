package place

// Place is a gazetteer entry that a mention resolved to.
type Place struct {
	ID         int64   // gazetteer id (GeoNames id; curated and custom places use negative ids)
	Name       string  // preferred display name ("Raqqa")
	Slug       string  // URL slug, unique across the gazetteer ("raqqa", "raqqa-governorate")
	Kind       string  // "country", "region1", "region2", "city", "feature", "custom"
	Country    string  // ISO 3166-1 alpha-2
	Region     string  // first-level region name, "" when none
	Lat, Lon   float64 // WGS84
	HasCoords  bool
	Population int
}

// Mention is one occurrence of a place name in a text. Start and End are UTF-8 byte offsets
// into the segment it was found in, End exclusive.
type Mention struct {
	Segment    int // index of the segment (see Matcher.Resolve)
	Start, End int
	Text       string
	Place      Place
	// Actor: a country's name written before a noun of forces, officials or their craft
	// ("U.S. sailors", "U.S. Navy"): it says who acts, not where.
	Actor bool
}
