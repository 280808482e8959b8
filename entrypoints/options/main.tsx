import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Options } from '../../components/Options';
import '../../components/reader.css';
import '../../components/options.css';
import { t } from '../../utils/i18n';

document.title = t('optionsTitle');
document.documentElement.lang = browser.i18n.getUILanguage();
render(<Options />, document.getElementById('app') as HTMLElement);
