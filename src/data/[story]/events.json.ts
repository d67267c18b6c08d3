// The events table of the story named by the path (src/data/<story>/events.json).
import {emit} from "../../../loaders/emit.js";

emit(({tables}) => tables.events);
