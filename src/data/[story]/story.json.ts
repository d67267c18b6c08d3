// The story's sources (with their verbatim text and paragraph offsets), axes,
// topics and table row counts.
import {emit} from "../../../loaders/emit.js";

emit(({meta}) => meta);
