// Command corpus-site turns a generated corpus folder (content/ and terms.json, as written
// by gen-corpus) into a site folder sitrep can build: it writes DIR/site.yaml from
// terms.json and copies the checkout's layouts/ and static/ into DIR.
//
//	go run ./scripts/corpus-site [-repo .] [-base-url URL] [-paginate N] DIR
//	go run ./generator build --source DIR
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

type terms struct {
	Theatres []struct {
		Name        string   `json:"name"`
		Slug        string   `json:"slug"`
		Description string   `json:"description"`
		Aliases     []string `json:"aliases"`
		Countries   []string `json:"countries"`
	} `json:"theatres"`
	Operations []struct {
		Name        string          `json:"name"`
		Slug        string          `json:"slug"`
		Description string          `json:"description"`
		Aliases     []string        `json:"aliases"`
		Theatres    []string        `json:"theatres"`
		Start       json.RawMessage `json:"start"`
		End         json.RawMessage `json:"end"`
	} `json:"operations"`
}

func main() {
	repo := flag.String("repo", ".", "the checkout whose layouts/ and static/ are copied")
	baseURL := flag.String("base-url", "https://example.org/archive/", "baseURL of the site")
	paginate := flag.Int("paginate", 20, "briefings per list page")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: corpus-site [-repo DIR] [-base-url URL] [-paginate N] CORPUS-DIR")
		os.Exit(2)
	}
	if err := run(*repo, flag.Arg(0), *baseURL, *paginate); err != nil {
		fmt.Fprintln(os.Stderr, "corpus-site:", err)
		os.Exit(1)
	}
}

func run(repo, dir, baseURL string, paginate int) error {
	data, err := os.ReadFile(filepath.Join(dir, "terms.json"))
	if err != nil {
		return err
	}
	var t terms
	if err := json.Unmarshal(data, &t); err != nil {
		return fmt.Errorf("terms.json: %w", err)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "title: Generated briefing archive\nbaseURL: %s\npaginate: %d\n", q(baseURL), paginate)
	b.WriteString("theatres:\n")
	for _, th := range t.Theatres {
		fmt.Fprintf(&b, "  - name: %s\n    slug: %s\n    countries: %s\n", q(th.Name), q(th.Slug), list(th.Countries))
		if len(th.Aliases) > 0 {
			fmt.Fprintf(&b, "    aliases: %s\n", list(th.Aliases))
		}
		if th.Description != "" {
			fmt.Fprintf(&b, "    description: %s\n", q(th.Description))
		}
	}
	b.WriteString("operations:\n")
	for _, op := range t.Operations {
		fmt.Fprintf(&b, "  - name: %s\n    slug: %s\n    theatres: %s\n", q(op.Name), q(op.Slug), list(op.Theatres))
		if len(op.Aliases) > 0 {
			fmt.Fprintf(&b, "    aliases: %s\n", list(op.Aliases))
		}
		if d := date(op.Start, "01-01"); d != "" {
			fmt.Fprintf(&b, "    start: %s\n", d)
		}
		if d := date(op.End, "12-31"); d != "" {
			fmt.Fprintf(&b, "    end: %s\n", d)
		}
		if op.Description != "" {
			fmt.Fprintf(&b, "    description: %s\n", q(op.Description))
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "site.yaml"), []byte(b.String()), 0o644); err != nil {
		return err
	}
	for _, sub := range []string{"layouts", "static"} {
		if err := copyTree(filepath.Join(repo, sub), filepath.Join(dir, sub)); err != nil {
			return err
		}
	}
	return nil
}

// date reads a year (2014) or a date ("2014-08-08") as YYYY-MM-DD; a year gets monthDay.
func date(raw json.RawMessage, monthDay string) string {
	s := strings.Trim(string(raw), `"`)
	if s == "" || s == "null" {
		return ""
	}
	if y, err := strconv.Atoi(s); err == nil {
		return fmt.Sprintf("%04d-%s", y, monthDay)
	}
	return s
}

func q(s string) string {
	out, _ := json.Marshal(s) // a JSON string is a YAML double-quoted scalar
	return string(out)
}

func list(xs []string) string {
	qs := make([]string, len(xs))
	for i, x := range xs {
		qs[i] = q(x)
	}
	return "[" + strings.Join(qs, ", ") + "]"
}

func copyTree(from, to string) error {
	return filepath.WalkDir(from, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		dst := filepath.Join(to, rel)
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, data, 0o644)
	})
}
