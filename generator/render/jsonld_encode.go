package render

import "strconv"

// The JSON-LD of every briefing and term page is written by the methods below rather than
// by encoding/json, whose reflection took a fifth of a second and 80 MB of garbage at 10,000
// briefings. They write exactly what json.Marshal writes for the same values (field order,
// omitempty, HTML characters escaped, numbers formatted alike): TestLDEncodersMatchEncodingJSON
// holds them to it.

// encodeLD returns the JSON of v when v is one of the JSON-LD values written by hand.
func encodeLD(v any) ([]byte, bool) {
	// Buffers sized from the counts, a little over what the pages of the benchmark archive
	// need, so that they are rarely grown.
	switch v := v.(type) {
	case ldArticle:
		return v.appendJSON(make([]byte, 0, 768+384*len(v.ContentLocation)+160*len(v.About))), true
	case ldCollection:
		return v.appendJSON(make([]byte, 0, 768+384*len(v.Spatial))), true
	case ldBreadcrumbs:
		return v.appendJSON(make([]byte, 0, 96+192*len(v.Items))), true
	}
	return nil, false
}

// appendLDField writes ,"name": (or {"name": for the first field) and the string value.
func appendLDField(b []byte, first bool, name, value string) []byte {
	if first {
		b = append(b, '{')
	} else {
		b = append(b, ',')
	}
	b = append(b, '"')
	b = append(b, name...)
	b = append(b, '"', ':')
	return appendLDString(b, value)
}

// appendLDKey writes ,"name": before a value that is not a string.
func appendLDKey(b []byte, name string) []byte {
	b = append(b, ',', '"')
	b = append(b, name...)
	return append(b, '"', ':')
}

func (t ldThing) appendJSON(b []byte) []byte {
	b = appendLDField(b, true, "@type", t.Type)
	b = appendLDField(b, false, "name", t.Name)
	if t.URL != "" {
		b = appendLDField(b, false, "url", t.URL)
	}
	return append(b, '}')
}

func (g ldGeo) appendJSON(b []byte) []byte {
	b = appendLDField(b, true, "@type", g.Type)
	b = appendJSONNumber(appendLDKey(b, "latitude"), g.Latitude)
	b = appendJSONNumber(appendLDKey(b, "longitude"), g.Longitude)
	return append(b, '}')
}

func (a ldAddress) appendJSON(b []byte) []byte {
	b = appendLDField(b, true, "@type", a.Type)
	b = appendLDField(b, false, "addressCountry", a.AddressCountry)
	if a.AddressRegion != "" {
		b = appendLDField(b, false, "addressRegion", a.AddressRegion)
	}
	return append(b, '}')
}

func (p ldPlace) appendJSON(b []byte) []byte {
	b = appendLDField(b, true, "@type", p.Type)
	b = appendLDField(b, false, "name", p.Name)
	if p.URL != "" {
		b = appendLDField(b, false, "url", p.URL)
	}
	if p.Geo != nil {
		b = p.Geo.appendJSON(appendLDKey(b, "geo"))
	}
	if p.Address != nil {
		b = p.Address.appendJSON(appendLDKey(b, "address"))
	}
	return append(b, '}')
}

func appendLDPlaces(b []byte, name string, places []ldPlace) []byte {
	b = append(appendLDKey(b, name), '[')
	for i, p := range places {
		if i > 0 {
			b = append(b, ',')
		}
		b = p.appendJSON(b)
	}
	return append(b, ']')
}

func (a ldArticle) appendJSON(b []byte) []byte {
	b = appendLDField(b, true, "@context", a.Context)
	b = appendLDField(b, false, "@type", a.Type)
	b = appendLDField(b, false, "headline", a.Headline)
	if a.Description != "" {
		b = appendLDField(b, false, "description", a.Description)
	}
	b = appendLDField(b, false, "url", a.URL)
	b = appendLDField(b, false, "mainEntityOfPage", a.MainEntityOfPage)
	b = appendLDField(b, false, "datePublished", a.DatePublished)
	if a.Author != nil {
		b = a.Author.appendJSON(appendLDKey(b, "author"))
	}
	b = a.Publisher.appendJSON(appendLDKey(b, "publisher"))
	if len(a.ContentLocation) > 0 {
		b = appendLDPlaces(b, "contentLocation", a.ContentLocation)
	}
	if len(a.About) > 0 {
		b = append(appendLDKey(b, "about"), '[')
		for i, t := range a.About {
			if i > 0 {
				b = append(b, ',')
			}
			b = t.appendJSON(b)
		}
		b = append(b, ']')
	}
	if a.Keywords != "" {
		b = appendLDField(b, false, "keywords", a.Keywords)
	}
	if a.WordCount != 0 {
		b = strconv.AppendInt(appendLDKey(b, "wordCount"), int64(a.WordCount), 10)
	}
	if a.IsBasedOn != "" {
		b = appendLDField(b, false, "isBasedOn", a.IsBasedOn)
	}
	return append(b, '}')
}

func (c ldCollection) appendJSON(b []byte) []byte {
	b = appendLDField(b, true, "@context", c.Context)
	b = appendLDField(b, false, "@type", c.Type)
	b = appendLDField(b, false, "name", c.Name)
	if c.Description != "" {
		b = appendLDField(b, false, "description", c.Description)
	}
	b = appendLDField(b, false, "url", c.URL)
	switch about := c.About.(type) {
	case nil:
	case ldPlace:
		b = about.appendJSON(appendLDKey(b, "about"))
	case ldThing:
		b = about.appendJSON(appendLDKey(b, "about"))
	default:
		panic("render: a CollectionPage about something encodeLD cannot write")
	}
	if c.Temporal != "" {
		b = appendLDField(b, false, "temporalCoverage", c.Temporal)
	}
	if len(c.Spatial) > 0 {
		b = appendLDPlaces(b, "spatialCoverage", c.Spatial)
	}
	return append(b, '}')
}

func (l ldBreadcrumbs) appendJSON(b []byte) []byte {
	b = appendLDField(b, true, "@context", l.Context)
	b = appendLDField(b, false, "@type", l.Type)
	b = appendLDKey(b, "itemListElement")
	if l.Items == nil {
		return append(b, "null}"...)
	}
	b = append(b, '[')
	for i, it := range l.Items {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendLDField(b, true, "@type", it.Type)
		b = strconv.AppendInt(appendLDKey(b, "position"), int64(it.Position), 10)
		b = appendLDField(b, false, "name", it.Name)
		b = appendLDField(b, false, "item", it.Item)
		b = append(b, '}')
	}
	return append(b, ']', '}')
}
