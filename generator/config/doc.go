// Package config reads site.yaml, the one configuration file of a sitrep site.
//
// Decoding is strict: every key of the file must name a field of Site (or of the structs
// below it), and an unknown or misspelt key is a diagnostic at its line and column with the
// closest known key as a suggestion. All problems of the file are reported at once. Keys that
// are absent take the defaults of Default: a site needs no site.yaml at all to build.
//
// Theatres and operations are taxonomies: a briefing may name a theatre or operation that
// site.yaml does not list, and it is still a term. site.yaml only adds names, slugs,
// descriptions, aliases ("OIR" for Inherent Resolve), countries and dates.
package config
