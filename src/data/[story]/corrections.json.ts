// The corrections table of the story named by the path (src/data/<story>/corrections.json).
import {emit} from "../../../loaders/emit.js";

emit(({tables}) => tables.corrections);
