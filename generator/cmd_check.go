package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/sitrep-archive/sitrep/generator/check"
	"github.com/sitrep-archive/sitrep/generator/config"
	"github.com/sitrep-archive/sitrep/generator/diag"
)

// runCheck checks the links of an already built site.
func runCheck(args []string, stdout, stderr io.Writer) int {
	set := newFlagSet("check", stderr)
	source := set.String("source", ".", "site folder")
	dest := set.String("dest", "", "built site (default: public in the site folder)")
	baseURL := set.String("base-url", "", "base URL the site was built for (default: site.yaml's)")
	if err := set.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if *dest == "" {
		*dest = filepath.Join(*source, "public")
	}
	base := *baseURL
	if base == "" {
		cfg, err := config.Load(os.DirFS(*source))
		if err != nil {
			printDiagnostics(stderr, diag.From(err))
			return 1
		}
		base = cfg.BaseURL
	}
	if st, err := os.Stat(*dest); err != nil || !st.IsDir() {
		fmt.Fprintf(stderr, "sitrep check: %s is not a built site (run sitrep build first)\n", *dest)
		return 1
	}
	problems, err := check.Site(os.DirFS(*dest), check.Options{BaseURL: config.NormaliseBaseURL(base)})
	if err != nil {
		fmt.Fprintln(stderr, "sitrep check:", err)
		return 1
	}
	for _, p := range problems {
		fmt.Fprintln(stderr, filepath.ToSlash(filepath.Join(*dest, p.Page))+": "+p.String()[len(p.Page)+2:])
	}
	if len(problems) > 0 {
		fmt.Fprintf(stderr, "%d broken link(s) or unreachable page(s)\n", len(problems))
		return 1
	}
	fmt.Fprintln(stdout, "links ok")
	return 0
}
