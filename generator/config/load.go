package config

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"reflect"
	"regexp"
	"strconv"
	"strings"

	"github.com/sitrep-archive/sitrep/generator/diag"
	"gopkg.in/yaml.v3"
)

// FileName is the configuration file's name in the site folder.
const FileName = "site.yaml"

// Load reads site.yaml from fsys. A missing file gives Default; any problem gives a
// diag.List with every problem of the file.
func Load(fsys fs.FS) (*Site, error) {
	data, err := fs.ReadFile(fsys, FileName)
	if errors.Is(err, fs.ErrNotExist) {
		return Default(), nil
	}
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	return Parse(FileName, data)
}

// Parse decodes site.yaml text strictly. name is the file name used in diagnostics.
func Parse(name string, data []byte) (*Site, error) {
	site := Default()
	var diags diag.List
	add := func(line, col int, suggestion, format string, args ...any) {
		d := diag.Errorf(name, line, col, format, args...).WithSource(data)
		d.Suggestion = suggestion
		diags = append(diags, d)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return site, nil
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		line, msg := yamlErrorLine(err)
		add(line, 1, "", "invalid YAML: %s", msg)
		return nil, diags
	}
	doc := &root
	if doc.Kind == yaml.DocumentNode && len(doc.Content) > 0 {
		doc = doc.Content[0]
	}
	checkKeys(doc, reflect.TypeOf(Site{}), "", add)
	if len(diags) == 0 {
		if err := doc.Decode(site); err != nil {
			var te *yaml.TypeError
			if errors.As(err, &te) {
				for _, e := range te.Errors {
					line, msg := yamlErrorLine(errors.New(e))
					add(line, 1, "", "%s", msg)
				}
			} else {
				line, msg := yamlErrorLine(err)
				add(line, 1, "", "%s", msg)
			}
		}
	}
	if len(diags) == 0 {
		site.validate(doc, add)
	}
	if len(diags) > 0 {
		return nil, diags
	}
	return site, nil
}

// checkKeys walks a mapping node against a struct type and reports every key that names no
// field, with the closest field as a suggestion.
func checkKeys(n *yaml.Node, t reflect.Type, path string, add func(int, int, string, string, ...any)) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.Struct:
		if t == reflect.TypeOf(Date{}) {
			var d Date
			if err := d.UnmarshalText([]byte(n.Value)); err != nil {
				add(n.Line, n.Column, "", "%s: %v", path, err)
			}
			return
		}
		if n.Kind != yaml.MappingNode {
			if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
				return
			}
			add(n.Line, n.Column, "", "%s must be a mapping of keys", describe(path))
			return
		}
		fields := map[string]reflect.StructField{}
		var names []string
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			tag := strings.Split(f.Tag.Get("yaml"), ",")[0]
			if tag == "" || tag == "-" {
				continue
			}
			fields[tag] = f
			names = append(names, tag)
		}
		seen := map[string]bool{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			f, ok := fields[k.Value]
			if !ok {
				add(k.Line, k.Column, diag.Suggest(k.Value, names), "unknown key %q in %s", k.Value, describe(path))
				continue
			}
			if seen[k.Value] {
				add(k.Line, k.Column, "", "key %q appears twice in %s", k.Value, describe(path))
			}
			seen[k.Value] = true
			checkKeys(v, f.Type, join(path, k.Value), add)
		}
	case reflect.Slice:
		if n.Kind == yaml.SequenceNode {
			for i, item := range n.Content {
				checkKeys(item, t.Elem(), path+"["+strconv.Itoa(i)+"]", add)
			}
		}
	}
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func describe(path string) string {
	if path == "" {
		return "site.yaml"
	}
	return path
}

var yamlLine = regexp.MustCompile(`line (\d+): `)

// yamlErrorLine pulls the line number out of a yaml.v3 message.
func yamlErrorLine(err error) (int, string) {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	if m := yamlLine.FindStringSubmatchIndex(msg); m != nil {
		line, _ := strconv.Atoi(msg[m[2]:m[3]])
		return line, msg[:m[0]] + msg[m[1]:]
	}
	return 0, msg
}

// validate checks values and fills derived ones (slugs, the base URL's slash).
func (s *Site) validate(doc *yaml.Node, add func(int, int, string, string, ...any)) {
	at := func(path ...string) (int, int) {
		n := lookup(doc, path...)
		if n == nil {
			return 0, 0
		}
		return n.Line, n.Column
	}
	s.BaseURL = NormaliseBaseURL(s.BaseURL)
	if u, err := url.Parse(s.BaseURL); err != nil || (u.Scheme != "" && u.Host == "") || (u.Scheme == "" && !strings.HasPrefix(s.BaseURL, "/")) {
		l, c := at("baseURL")
		add(l, c, `write it like "https://user.github.io/archive/" or "/"`, "baseURL %q is not an absolute URL or path", s.BaseURL)
	}
	if s.CNAME != "" && (strings.ContainsAny(s.CNAME, "/: ") || !strings.Contains(s.CNAME, ".")) {
		l, c := at("cname")
		add(l, c, `write the bare domain, like "archive.example.org"`, "cname %q is not a domain name", s.CNAME)
	}
	if s.Paginate < 1 {
		l, c := at("paginate")
		add(l, c, "", "paginate must be at least 1, not %d", s.Paginate)
	}
	theatreSlugs := map[string]bool{}
	for i := range s.Theatres {
		th := &s.Theatres[i]
		l, c := at("theatres", strconv.Itoa(i))
		if strings.TrimSpace(th.Name) == "" {
			add(l, c, "", "theatre %d has no name", i+1)
			continue
		}
		if th.Slug == "" {
			th.Slug = Slugify(th.Name)
		}
		if theatreSlugs[th.Slug] {
			add(l, c, "", "two theatres have the slug %q", th.Slug)
		}
		theatreSlugs[th.Slug] = true
		for j, cc := range th.Countries {
			if len(cc) != 2 || strings.ToUpper(cc) != cc {
				l, c := at("theatres", strconv.Itoa(i), "countries", strconv.Itoa(j))
				add(l, c, "", "country %q is not an ISO 3166-1 alpha-2 code such as IQ", cc)
			}
		}
	}
	opSlugs := map[string]bool{}
	for i := range s.Operations {
		op := &s.Operations[i]
		l, c := at("operations", strconv.Itoa(i))
		if strings.TrimSpace(op.Name) == "" {
			add(l, c, "", "operation %d has no name", i+1)
			continue
		}
		if op.Slug == "" {
			op.Slug = Slugify(op.Name)
		}
		if opSlugs[op.Slug] {
			add(l, c, "", "two operations have the slug %q", op.Slug)
		}
		opSlugs[op.Slug] = true
		if !op.Start.IsZero() && !op.End.IsZero() && op.End.Before(op.Start.Time) {
			l, c := at("operations", strconv.Itoa(i), "end")
			add(l, c, "", "operation %q ends before it starts", op.Name)
		}
	}
	if d := s.Annotate.Dollar; d != "" && !currencyCode(d) {
		l, c := at("annotate", "dollar")
		add(l, c, "", "dollar %q is not an ISO 4217 currency code such as AUD", d)
	}
	for i, p := range s.Annotate.CustomPlaces {
		if strings.TrimSpace(p.Name) == "" {
			l, c := at("annotate", "customPlaces", strconv.Itoa(i))
			add(l, c, "", "custom place %d has no name", i+1)
		}
		if p.Lat < -90 || p.Lat > 90 || p.Lon < -180 || p.Lon > 180 {
			l, c := at("annotate", "customPlaces", strconv.Itoa(i))
			add(l, c, "", "custom place %q has coordinates out of range", p.Name)
		}
	}
}

// lookup follows mapping keys and sequence indexes from n.
func lookup(n *yaml.Node, path ...string) *yaml.Node {
	for _, p := range path {
		switch n.Kind {
		case yaml.MappingNode:
			var next *yaml.Node
			for i := 0; i+1 < len(n.Content); i += 2 {
				if n.Content[i].Value == p {
					next = n.Content[i+1]
					break
				}
			}
			if next == nil {
				return nil
			}
			n = next
		case yaml.SequenceNode:
			i, err := strconv.Atoi(p)
			if err != nil || i >= len(n.Content) {
				return nil
			}
			n = n.Content[i]
		default:
			return nil
		}
	}
	return n
}

// currencyCode reports whether s is written as an ISO 4217 code: three capital letters.
func currencyCode(s string) bool {
	return len(s) == 3 && strings.Trim(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == ""
}
