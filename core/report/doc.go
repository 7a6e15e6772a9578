// Package report builds the documents programs read, from a scenario and
// what the core worked out for it. Each is an ordered [jsondoc.Obj] (or,
// for spreadsheets, CSV), so that the command line only parses flags and
// prints:
//
//   - [Eval] (with [Doc] and [DocWithBands]): `computedeals eval --json`,
//     every total, deal, year and input, with Monte Carlo bands and
//     break-even thresholds when asked for;
//   - [CSV]: `computedeals eval --csv`, every series;
//   - [Diff]: `computedeals diff --json`;
//   - [Tornado] and [Seek]: `computedeals tornado --json` and
//     `computedeals seek --json`;
//   - [Published]: the figures analysts published, beside the scenario's.
//
// The sentences people read about the same results are core/explain's.
package report
