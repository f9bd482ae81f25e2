package render

import (
	"strings"
	"time"

	"github.com/sitrep-archive/sitrep/generator/site"
)

// Typed schema.org values for the JSON-LD of briefing and term pages; layouts print them
// with jsonLD.

type ldThing struct {
	Type string `json:"@type"`
	Name string `json:"name"`
	URL  string `json:"url,omitempty"`
}

type ldGeo struct {
	Type      string  `json:"@type"`
	Latitude  float64 `json:"latitude"`
	Longitude float64 `json:"longitude"`
}

type ldAddress struct {
	Type           string `json:"@type"`
	AddressCountry string `json:"addressCountry"`
	AddressRegion  string `json:"addressRegion,omitempty"`
}

type ldPlace struct {
	Type    string     `json:"@type"`
	Name    string     `json:"name"`
	URL     string     `json:"url,omitempty"`
	Geo     *ldGeo     `json:"geo,omitempty"`
	Address *ldAddress `json:"address,omitempty"`
}

type ldArticle struct {
	Context          string    `json:"@context"`
	Type             string    `json:"@type"`
	Headline         string    `json:"headline"`
	Description      string    `json:"description,omitempty"`
	URL              string    `json:"url"`
	MainEntityOfPage string    `json:"mainEntityOfPage"`
	DatePublished    string    `json:"datePublished"`
	Author           *ldThing  `json:"author,omitempty"`
	Publisher        ldThing   `json:"publisher"`
	ContentLocation  []ldPlace `json:"contentLocation,omitempty"`
	About            []ldThing `json:"about,omitempty"`
	Keywords         string    `json:"keywords,omitempty"`
	WordCount        int       `json:"wordCount,omitempty"`
	IsBasedOn        string    `json:"isBasedOn,omitempty"`
}

type ldCollection struct {
	Context     string    `json:"@context"`
	Type        string    `json:"@type"`
	Name        string    `json:"name"`
	Description string    `json:"description,omitempty"`
	URL         string    `json:"url"`
	About       any       `json:"about,omitempty"`
	Temporal    string    `json:"temporalCoverage,omitempty"`
	Spatial     []ldPlace `json:"spatialCoverage,omitempty"`
}

type ldListItem struct {
	Type     string `json:"@type"`
	Position int    `json:"position"`
	Name     string `json:"name"`
	Item     string `json:"item"`
}

type ldBreadcrumbs struct {
	Context string       `json:"@context"`
	Type    string       `json:"@type"`
	Items   []ldListItem `json:"itemListElement"`
}

// ldPlaceOf is a place term as a schema.org Place.
func ldPlaceOf(t *site.Term) ldPlace {
	p := ldPlace{Type: "Place", Name: t.Name, URL: t.Permalink}
	if t.Place != nil {
		if t.Place.HasCoords {
			p.Geo = &ldGeo{Type: "GeoCoordinates", Latitude: t.Place.Lat, Longitude: t.Place.Lon}
		}
		if t.Place.Country != "" {
			p.Address = &ldAddress{Type: "PostalAddress", AddressCountry: t.Place.Country, AddressRegion: t.Place.Region}
		}
	}
	return p
}

// briefingLD is a briefing as a schema.org NewsArticle, its places as contentLocation, the
// site (its title and base URL) as publisher.
func briefingLD(b *site.Briefing, siteTitle, siteURL string) any {
	a := ldArticle{Context: "https://schema.org", Type: "NewsArticle", Headline: b.Title, Description: b.Description,
		URL: b.Permalink, MainEntityOfPage: b.Permalink, DatePublished: b.Date.Format(time.RFC3339),
		Publisher: ldThing{Type: "Organization", Name: siteTitle, URL: siteURL},
		Keywords:  strings.Join(b.Tags, ", "), WordCount: b.WordCount, IsBasedOn: b.Source}
	if b.Author != "" {
		a.Author = &ldThing{Type: "Person", Name: b.Author}
	}
	for _, t := range b.PlaceTerms {
		if t != nil {
			a.ContentLocation = append(a.ContentLocation, ldPlaceOf(t))
		}
	}
	for _, t := range b.Operations {
		a.About = append(a.About, ldThing{Type: "Thing", Name: "Operation " + t.Name, URL: t.Permalink})
	}
	return a
}

// termLD is a term page as a schema.org CollectionPage.
// LDPlaces is how many of a theatre's or operation's most-mentioned places termLD names.
const LDPlaces = 10

func termLD(t *site.Term) any {
	c := ldCollection{Context: "https://schema.org", Type: "CollectionPage", Name: t.Name, Description: t.Description, URL: t.Permalink}
	if len(t.Briefings) > 0 {
		c.Temporal = t.Oldest().Format("2006-01-02") + "/" + t.Newest().Format("2006-01-02")
	}
	switch t.Kind {
	case "place":
		c.About = ldPlaceOf(t)
	case "theatre", "operation":
		c.About = ldThing{Type: "Thing", Name: t.Name, URL: t.Permalink}
		for i, tc := range t.Places {
			if i == LDPlaces {
				break
			}
			c.Spatial = append(c.Spatial, ldPlaceOf(tc.Term))
		}
	}
	return c
}

// breadcrumbLD is a page's breadcrumbs, and the page itself, as a schema.org BreadcrumbList.
func breadcrumbLD(abs func(string) string, p *site.Page) any {
	bl := ldBreadcrumbs{Context: "https://schema.org", Type: "BreadcrumbList"}
	for i, l := range p.Breadcrumbs {
		bl.Items = append(bl.Items, ldListItem{Type: "ListItem", Position: i + 1, Name: l.Title, Item: abs(l.URL)})
	}
	bl.Items = append(bl.Items, ldListItem{Type: "ListItem", Position: len(bl.Items) + 1, Name: p.Title, Item: p.Permalink})
	return bl
}
