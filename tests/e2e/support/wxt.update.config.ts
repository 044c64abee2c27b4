// The test build with a fact-base update channel (PLENS_UPDATE_URL, PLENS_FACTS_PUBLIC_KEY set by the test),
// written apart from the plain test build that the other end-to-end tests load.
import config from '../../../wxt.config';

export default { ...config, outDir: '.output/e2e-update' };
