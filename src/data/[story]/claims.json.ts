// The claims table of the story named by the path (src/data/<story>/claims.json).
import {emit} from "../../../loaders/emit.js";

emit(({tables}) => tables.claims);
