/** framer-motion's animation features, loaded after the first render (see LazyMotion). */
import { domAnimation } from 'framer-motion';

export default domAnimation;
