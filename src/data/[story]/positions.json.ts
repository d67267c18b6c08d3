// The positions table of the story named by the path (src/data/<story>/positions.json).
import {emit} from "../../../loaders/emit.js";

emit(({tables}) => tables.positions);
