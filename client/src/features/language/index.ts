export { LanguageSwitch } from './components/LanguageSwitch';
export { useUserLanguage } from './hooks/useUserLanguage';
export { deviceLanguage, rememberLanguage } from './languagePreference';
