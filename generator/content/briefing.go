package content

import (
	"reflect"
	"time"
)

// Briefing is one briefing file: its frontmatter, decoded, and its markdown body.
type Briefing struct {
	// Path is the file's path below the site folder, with forward slashes
	// ("content/iraq/2017/isis-fighters-continue-to-flee.md").
	Path   string
	Format string // "yaml", "toml" or "json"

	Title      string
	Date       time.Time
	HasTime    bool // the date was given with a time of day
	Theatres   []string
	Operations []string
	Author     string
	Summary    string
	Tags       []string
	// Slug is the last segment of the briefing's URL: the frontmatter's slug, else the title
	// made into a slug.
	Slug   string
	Source string // URL of the original release
	Draft  bool

	// Body is the markdown after the frontmatter; BodyLine is the 1-based line of the file on
	// which it starts.
	Body     []byte
	BodyLine int
	// TitlePos and SlugPos are where the title and slug keys stand in the frontmatter (zero
	// when a key is absent), for diagnostics reported after loading (a duplicate URL). Only
	// these two are kept: an archive holds tens of thousands of briefings.
	TitlePos, SlugPos Pos
}

// Pos is a 1-based line and column.
type Pos struct{ Line, Col int }

// URLPath is the briefing's path below the site root: briefings/YYYY/MM/slug/.
func (b *Briefing) URLPath() string {
	return "briefings/" + b.Date.Format("2006/01") + "/" + b.Slug + "/"
}

// SameMeta reports whether a and b are the same file with the same frontmatter: every field
// but the body, the line it starts on and the positions of the keys.
func SameMeta(a, b *Briefing) bool {
	if a == nil || b == nil {
		return a == b
	}
	if !a.Date.Equal(b.Date) || a.Date.Format(time.RFC3339Nano) != b.Date.Format(time.RFC3339Nano) || a.Date.Location().String() != b.Date.Location().String() {
		return false
	}
	x, y := *a, *b
	x.Body, y.Body = nil, nil
	x.BodyLine, y.BodyLine = 0, 0
	x.TitlePos, y.TitlePos, x.SlugPos, y.SlugPos = Pos{}, Pos{}, Pos{}, Pos{}
	x.Date, y.Date = time.Time{}, time.Time{}
	return reflect.DeepEqual(x, y)
}
