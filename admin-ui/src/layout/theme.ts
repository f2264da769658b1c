import { deepmerge } from '@mui/utils';
import { defaultLightTheme, type RaThemeOptions } from 'react-admin';

/**
 * react-admin's light theme made to meet WCAG 2.1 AA (DOS-lagen asks it of public-sector
 * services): every colour that carries text reaches 4.5:1 against white and the light greys
 * of hovered and selected rows, focus is drawn with a 2 px outline of at least 3:1, and
 * headings form an outline under the page title (the app bar's h1).
 */
const BLUE = '#1565c0'; // white on it 5.75:1 (react-admin's #2196f3 was 3.12:1)
const FOCUS_RING = { outline: `2px solid ${BLUE}`, outlineOffset: 2 };

const accessible: RaThemeOptions = {
  palette: {
    primary: { main: BLUE, dark: '#0d47a1', contrastText: '#fff' },
    secondary: { main: BLUE, dark: '#0d47a1', contrastText: '#fff' },
    // MUI's orange (#ed6c02) and light blue (#0288d1) are about 3:1 with white text.
    warning: { main: '#a84c00', dark: '#7a3700', contrastText: '#fff' },
    info: { main: '#01579b', contrastText: '#fff' },
    success: { main: '#1b5e20', contrastText: '#fff' },
    error: { main: '#c62828', contrastText: '#fff' },
  },
  typography: {
    // A page has one h1 (its title in the app bar); what the code calls h4–h6 are its sections.
    h1: { fontSize: '1.25rem', fontWeight: 500 },
  },
  components: {
    MuiTypography: {
      defaultProps: {
        variantMapping: { h4: 'h2', h5: 'h2', h6: 'h2', subtitle1: 'h3', subtitle2: 'h3' },
      },
    },
    MuiButtonBase: {
      styleOverrides: { root: { '&.Mui-focusVisible': FOCUS_RING } },
    },
    MuiLink: {
      styleOverrides: { root: { '&:focus-visible': FOCUS_RING } },
    },
    // On the blue app bar the ring is white (5.75:1).
    MuiAppBar: {
      styleOverrides: { root: { '& .Mui-focusVisible, & a:focus-visible': { outlineColor: '#fff' } } },
    },
    // react-admin names its row checkboxes with an aria-label on the checkbox's wrapper, where
    // it is not allowed and names nothing: move it onto the input the screen reader focuses.
    MuiCheckbox: {
      defaultProps: {
        slotProps: {
          root: () => ({ 'aria-label': undefined }),
          input: (ownerState: { 'aria-label'?: string }) => ({ 'aria-label': ownerState['aria-label'] }),
        },
      },
    },
    // react-admin's skip link is white on the page's white background.
    RaSkipNavigationButton: {
      styleOverrides: {
        root: { backgroundColor: BLUE, color: '#fff', '&:hover': { backgroundColor: '#0d47a1', opacity: 1 } },
      },
    },
    // The bulk toolbar collapses to no height when nothing is selected, but its buttons stayed in
    // the tab order as two invisible focus stops.
    RaBulkActionsToolbar: {
      styleOverrides: { root: { '& .RaBulkActionsToolbar-collapsed': { visibility: 'hidden' } } },
    },
    // Empty lists' headings were text.disabled (2.66:1).
    RaEmpty: {
      styleOverrides: { root: { '& .RaEmpty-message': { color: 'rgba(0, 0, 0, 0.6)' } } },
    },
  },
};

export const samverkaTheme: RaThemeOptions = deepmerge(defaultLightTheme, accessible);
