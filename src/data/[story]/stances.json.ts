// The stances table of the story named by the path (src/data/<story>/stances.json).
import {emit} from "../../../loaders/emit.js";

emit(({tables}) => tables.stances);
