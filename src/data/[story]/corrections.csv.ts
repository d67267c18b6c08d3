// The corrections table of the story named by the path, as CSV (src/data/<story>/corrections.csv):
// RFC 4180, arrays and objects JSON-encoded in their cells.
import {toCsv} from "../../../loaders/csv.js";
import {emitText} from "../../../loaders/emit.js";

emitText(({tables}) => toCsv(tables.corrections));
