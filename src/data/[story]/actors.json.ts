// The actors table of the story named by the path (src/data/<story>/actors.json).
import {emit} from "../../../loaders/emit.js";

emit(({tables}) => tables.actors);
