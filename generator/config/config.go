package config

import (
	"fmt"
	"net/url"
	"strings"
	"time"
)

// Site is the decoded site.yaml.
type Site struct {
	Title       string `yaml:"title"`
	Description string `yaml:"description"`
	// BaseURL is the absolute URL the site is published at; it may carry a subpath
	// ("https://user.github.io/archive/"). It always ends in a slash after Load.
	BaseURL  string `yaml:"baseURL"`
	Language string `yaml:"language"`
	// Copyright is shown in the footer of the default layouts.
	Copyright string `yaml:"copyright"`
	// CNAME is the custom domain of a GitHub Pages site ("archive.example.org"); when set,
	// a CNAME file naming it is written at the root of the output.
	CNAME string `yaml:"cname"`
	// Paginate is the number of briefings on one list page.
	Paginate int `yaml:"paginate"`
	// Minify turns minification of HTML, CSS, JS, SVG, JSON and XML on or off.
	Minify     bool        `yaml:"minify"`
	Theatres   []Theatre   `yaml:"theatres"`
	Operations []Operation `yaml:"operations"`
	Markdown   Markdown    `yaml:"markdown"`
	Annotate   Annotate    `yaml:"annotate"`
}

// Theatre describes a theatre of operations.
type Theatre struct {
	Name        string   `yaml:"name"`
	Slug        string   `yaml:"slug"`
	Description string   `yaml:"description"`
	Aliases     []string `yaml:"aliases"`
	// Countries are ISO 3166-1 alpha-2 codes; they give place names their context and
	// let sitrep infer a briefing's theatre from the places it names.
	Countries []string `yaml:"countries"`
}

// Operation describes a named operation.
type Operation struct {
	Name        string   `yaml:"name"`
	Slug        string   `yaml:"slug"`
	Description string   `yaml:"description"`
	Aliases     []string `yaml:"aliases"`
	Theatres    []string `yaml:"theatres"`
	Start       Date     `yaml:"start"`
	End         Date     `yaml:"end"`
}

// Markdown holds the options of the markdown renderer.
type Markdown struct {
	// Unsafe renders raw HTML found in markdown; off by default, when it is left out.
	Unsafe bool `yaml:"unsafe"`
	// Typographer turns straight quotes, dashes and ellipses into typographic ones.
	Typographer bool `yaml:"typographer"`
}

// Annotate holds the options of the annotation stage.
type Annotate struct {
	Figures bool `yaml:"figures"`
	Places  bool `yaml:"places"`
	// CustomPlaces are added to the gazetteer.
	CustomPlaces []CustomPlace `yaml:"customPlaces"`
	// PlaceAliases maps an extra name to a place the gazetteer knows ("Hawija Pocket":
	// "Hawija"); the value may be "Name, CC" to pin the country.
	PlaceAliases map[string]string `yaml:"placeAliases"`
	// ExcludePlaces are names never tagged as places.
	ExcludePlaces []string `yaml:"excludePlaces"`
	// Dollar is the ISO 4217 code of the currency a dollar sign or "dollars" means where the
	// text does not say whose dollars ("AUD" for an Australian archive); "" means USD.
	Dollar string `yaml:"dollar"`
}

// CustomPlace is a place site.yaml adds to the gazetteer.
type CustomPlace struct {
	Name    string   `yaml:"name"`
	Aliases []string `yaml:"aliases"`
	Country string   `yaml:"country"`
	Lat     float64  `yaml:"lat"`
	Lon     float64  `yaml:"lon"`
}

// Date is a calendar date in site.yaml ("2014-08-08"); the zero Date means "not given".
type Date struct{ time.Time }

// UnmarshalText parses YYYY-MM-DD.
func (d *Date) UnmarshalText(b []byte) error {
	s := strings.TrimSpace(string(b))
	if s == "" {
		*d = Date{}
		return nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return fmt.Errorf("invalid date %q: want YYYY-MM-DD", s)
	}
	d.Time = t
	return nil
}

// Default is the configuration of a site without site.yaml.
func Default() *Site {
	return &Site{
		Title:    "Briefing archive",
		BaseURL:  "/",
		Language: "en",
		Paginate: 20,
		Minify:   true,
		Markdown: Markdown{Typographer: true},
		Annotate: Annotate{Figures: true, Places: true},
	}
}

// BasePath is the path part of BaseURL, always starting and ending with a slash
// ("/archive/" for "https://user.github.io/archive/").
func (s *Site) BasePath() string {
	u, err := url.Parse(s.BaseURL)
	if err != nil || u.Path == "" {
		return "/"
	}
	p := u.Path
	if !strings.HasSuffix(p, "/") {
		p += "/"
	}
	return p
}

// NormaliseBaseURL gives a base URL its trailing slash; "" becomes "/".
func NormaliseBaseURL(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return "/"
	}
	if !strings.HasSuffix(s, "/") {
		s += "/"
	}
	return s
}
